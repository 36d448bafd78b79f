package vn.dvc.portal.stats;

import java.util.UUID;

/**
 * One line of the monthly report (per agency or per procedure). The figures balance: what was
 * carried over plus what was received equals what was resolved, rejected or withdrawn plus what is
 * still in progress at the end of the period.
 *
 * @param carriedOver received before the period and still in progress at its start
 * @param openOnTime in progress at the end of the period (or now), not yet due
 * @param openOverdue in progress at the end of the period (or now), past the due date
 * @param rejected rejected after receipt, in the period
 * @param withdrawn withdrawn after receipt, in the period
 * @param refused not accepted at receipt (never received), in the period; outside the balance
 * @param amendmentRequested amendment requests made in the period; outside the balance
 * @param returnedByPost results sent by post in the period; outside the balance
 */
public record ReportRow(UUID key, String label, long carriedOver, long receivedOnline, long receivedCounter,
		long receivedPostal, long resolvedOnTime, long resolvedLate, long openOnTime, long openOverdue, long rejected,
		long withdrawn, long refused, long amendmentRequested, long returnedByPost) {

	public static ReportRow empty(UUID key, String label) {
		return new ReportRow(key, label, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	public long received() {
		return this.receivedOnline + this.receivedCounter + this.receivedPostal;
	}

	public long resolved() {
		return this.resolvedOnTime + this.resolvedLate;
	}

	public long open() {
		return this.openOnTime + this.openOverdue;
	}

	/** Whether the figures add up: carried over + received = resolved + rejected + withdrawn + open. */
	public boolean balances() {
		return this.carriedOver + received() == resolved() + this.rejected + this.withdrawn + open();
	}

	/**
	 * The on-time rate: resolved on time and in progress not yet due, over all resolved and in
	 * progress; null when there is nothing to rate.
	 */
	public Double onTimeRate() {
		long all = resolved() + open();
		return (all == 0) ? null : (double) (this.resolvedOnTime + this.openOnTime) / all;
	}

	public ReportRow plus(ReportRow other) {
		return new ReportRow(this.key, this.label, this.carriedOver + other.carriedOver,
				this.receivedOnline + other.receivedOnline, this.receivedCounter + other.receivedCounter,
				this.receivedPostal + other.receivedPostal, this.resolvedOnTime + other.resolvedOnTime,
				this.resolvedLate + other.resolvedLate, this.openOnTime + other.openOnTime,
				this.openOverdue + other.openOverdue, this.rejected + other.rejected, this.withdrawn + other.withdrawn,
				this.refused + other.refused, this.amendmentRequested + other.amendmentRequested,
				this.returnedByPost + other.returnedByPost);
	}

	ReportRow labelled(String label) {
		return new ReportRow(this.key, label, this.carriedOver, this.receivedOnline, this.receivedCounter,
				this.receivedPostal, this.resolvedOnTime, this.resolvedLate, this.openOnTime, this.openOverdue,
				this.rejected, this.withdrawn, this.refused, this.amendmentRequested, this.returnedByPost);
	}

}
