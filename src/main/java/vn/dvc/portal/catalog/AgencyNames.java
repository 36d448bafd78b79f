package vn.dvc.portal.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import vn.dvc.portal.shared.Provinces;
import vn.dvc.portal.shared.VietnameseText;

/**
 * Finds an agency named in the province's list the way the province writes it. The decision lists
 * "Sở Ngoại vụ", "Sở Nội vụ", "UBND huyện Kỳ Anh" without the province's name, while the portal
 * knows "Sở Ngoại vụ tỉnh Hà Tĩnh". A name is compared, case and diacritics ignored, with "UBND"
 * read as "Ủy ban nhân dân" and "TP." as "thành phố", in three steps, each tried only when the one
 * before found nothing: the agency's code, its full name, then its name without a trailing province
 * ("tỉnh Hà Tĩnh", ", tỉnh Nghệ An", "thành phố Hà Nội" for the cities of province rank). When a step
 * finds two agencies, the name is ambiguous and none is chosen.
 */
final class AgencyNames {

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern UBND = Pattern.compile("(^| )ubnd( |$)");

	private static final Pattern TP = Pattern.compile("(^| )tp( |$)");

	/** The provinces' names as keys ("tinh ha tinh", "thanh pho ha noi"), longest first. */
	private static final List<String> PROVINCES = Provinces.ALL.stream()
		.map(AgencyNames::key)
		.sorted((a, b) -> b.length() - a.length())
		.toList();

	/** A known agency with its name's keys, computed once for all the rows of a list. */
	private record Named(Agency agency, String key, String shortKey) {
	}

	private final List<Named> known;

	private AgencyNames(List<Named> known) {
		this.known = known;
	}

	/** The names of the known agencies, ready to be matched against every row of a list. */
	static AgencyNames of(Collection<Agency> agencies) {
		return new AgencyNames(agencies.stream().map(agency -> {
			String key = key(agency.name());
			return new Named(agency, key, withoutProvince(key));
		}).toList());
	}

	/** What a name in the list matched. */
	sealed interface Match {

		record Found(Agency agency) implements Match {
		}

		/** Several agencies answer to the name: the list must give the code or the full name. */
		record Ambiguous(List<Agency> candidates) implements Match {
		}

		record NotFound() implements Match {
		}

	}

	/** The agency the text names among the known ones. */
	Match find(String text) {
		if (text == null || text.isBlank()) {
			return new Match.NotFound();
		}
		String typed = text.trim();
		String typedKey = key(typed);
		String typedShort = withoutProvince(typedKey);
		List<Predicate<Named>> steps = List.of(named -> named.agency().code().equalsIgnoreCase(typed),
				named -> named.key().equals(typedKey), named -> named.shortKey().equals(typedShort));
		for (Predicate<Named> step : steps) {
			List<Agency> found = this.known.stream().filter(step).map(Named::agency).toList();
			if (found.size() == 1) {
				return new Match.Found(found.get(0));
			}
			if (found.size() > 1) {
				return new Match.Ambiguous(found);
			}
		}
		return new Match.NotFound();
	}

	/** The agency the text names among the known ones. */
	static Match find(String text, Collection<Agency> known) {
		return of(known).find(text);
	}

	/** The name folded, punctuation gone, abbreviations written out: "UBND TP. Hà Tĩnh" → "uy ban nhan dan thanh pho ha tinh". */
	static String key(String name) {
		String folded = NOT_LETTERS.matcher(VietnameseText.fold(name)).replaceAll(" ").trim();
		folded = UBND.matcher(folded).replaceAll("$1uy ban nhan dan$2");
		folded = TP.matcher(folded).replaceAll("$1thanh pho$2");
		return folded.toLowerCase(Locale.ROOT);
	}

	/** The key without a province at its end, unless the province is all there is. */
	static String withoutProvince(String key) {
		for (String province : PROVINCES) {
			if (key.endsWith(" " + province)) {
				return key.substring(0, key.length() - province.length() - 1).trim();
			}
		}
		return key;
	}

}
