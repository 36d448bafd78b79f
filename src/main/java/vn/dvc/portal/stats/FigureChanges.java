package vn.dvc.portal.stats;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What one counted step adds to the figures of its agency and procedure, day by day. The changes
 * are kept in day order and written in that order, by every listener alike, so that two steps
 * counted at once lock the same rows in the same order and never deadlock.
 */
final class FigureChanges {

	private final UUID agency;

	private final UUID procedure;

	private final TreeMap<LocalDate, Map<Figure, Integer>> days = new TreeMap<>();

	FigureChanges(UUID agency, UUID procedure) {
		this.agency = agency;
		this.procedure = procedure;
	}

	FigureChanges add(LocalDate day, Figure figure, int delta) {
		this.days.computeIfAbsent(day, key -> new EnumMap<>(Figure.class)).merge(figure, delta, Integer::sum);
		return this;
	}

	UUID agency() {
		return this.agency;
	}

	UUID procedure() {
		return this.procedure;
	}

	/** The changes of each day, earliest first; figures that cancel out are left out. */
	TreeMap<LocalDate, Map<Figure, Integer>> byDay() {
		TreeMap<LocalDate, Map<Figure, Integer>> kept = new TreeMap<>(Comparator.naturalOrder());
		this.days.forEach((day, figures) -> {
			Map<Figure, Integer> nonZero = new EnumMap<>(Figure.class);
			figures.forEach((figure, delta) -> {
				if (delta != 0) {
					nonZero.put(figure, delta);
				}
			});
			if (!nonZero.isEmpty()) {
				kept.put(day, nonZero);
			}
		});
		return kept;
	}

	/** The same changes summed by month (the month's first day). */
	TreeMap<LocalDate, Map<Figure, Integer>> byMonth() {
		TreeMap<LocalDate, Map<Figure, Integer>> months = new TreeMap<>();
		byDay().forEach((day, figures) -> figures.forEach((figure, delta) -> months
			.computeIfAbsent(day.withDayOfMonth(1), key -> new EnumMap<>(Figure.class))
			.merge(figure, delta, Integer::sum)));
		months.values().forEach(figures -> figures.values().removeIf(delta -> delta == 0));
		months.values().removeIf(Map::isEmpty);
		return months;
	}

}
