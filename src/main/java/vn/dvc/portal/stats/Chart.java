package vn.dvc.portal.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's chart of a year, drawn as SVG by the template from these coordinates: received
 * and resolved per month as bars, the on-time rate as a line.
 */
public record Chart(List<Month> months, long max, String ratePoints) {

	static final int WIDTH = 720;

	static final int HEIGHT = 240;

	static final int LEFT = 40;

	static final int BOTTOM = 24;

	/** One month: its bars and the figures they stand for. */
	public record Month(int number, long received, long resolved, Double onTimeRate, int x, int receivedHeight,
			int resolvedHeight) {

		public int receivedY() {
			return HEIGHT - BOTTOM - this.receivedHeight;
		}

		public int resolvedY() {
			return HEIGHT - BOTTOM - this.resolvedHeight;
		}

	}

	static Chart of(List<long[]> receivedResolved, List<Double> rates) {
		long max = 1;
		for (long[] month : receivedResolved) {
			max = Math.max(max, Math.max(month[0], month[1]));
		}
		int plot = HEIGHT - BOTTOM - 10;
		int slot = (WIDTH - LEFT) / 12;
		List<Month> months = new ArrayList<>();
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < receivedResolved.size(); i++) {
			long[] month = receivedResolved.get(i);
			int x = LEFT + i * slot + 6;
			months.add(new Month(i + 1, month[0], month[1], rates.get(i), x, (int) (month[0] * plot / max),
					(int) (month[1] * plot / max)));
			if (rates.get(i) != null) {
				points.append(x + slot / 2 - 6).append(',').append(HEIGHT - BOTTOM - (int) (rates.get(i) * plot)).append(' ');
			}
		}
		return new Chart(months, max, points.toString().trim());
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int barWidth() {
		return (WIDTH - LEFT) / 12 / 2 - 4;
	}

	public int baseline() {
		return HEIGHT - BOTTOM;
	}

}
