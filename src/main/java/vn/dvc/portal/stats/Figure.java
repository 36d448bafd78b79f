package vn.dvc.portal.stats;

/**
 * A column of the day and month figures. Each is a count added on the day its step happened; the
 * report reads flows over a period and running sums up to a day.
 */
enum Figure {

	RECEIVED_ONLINE("received_online"), RECEIVED_COUNTER("received_counter"), RECEIVED_POSTAL("received_postal"),
	RESOLVED_ON_TIME("resolved_on_time"), RESOLVED_LATE("resolved_late"), REJECTED("rejected"),
	WITHDRAWN("withdrawn"), REFUSED("refused"), AMENDMENTS_REQUESTED("amendments_requested"),
	RETURNED_BY_POST("returned_by_post"),
	/** An open dossier becomes overdue: dated the day after its due date, taken back if it finishes first. */
	TURNED_OVERDUE("turned_overdue"),
	/** A dossier finished while overdue. */
	LEFT_OVERDUE("left_overdue");

	/** The column in {@code stats_day_figures} and {@code stats_month_figures}. */
	final String column;

	Figure(String column) {
		this.column = column;
	}

}
