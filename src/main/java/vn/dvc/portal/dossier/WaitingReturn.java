package vn.dvc.portal.dossier;

/** A resolved dossier whose result waits to be collected, with the owner's name masked. */
public record WaitingReturn(String maskedName, String procedureName, String agencyName) {

	/** "Nguyễn Thị Hoa" becomes "Nguyễn Thị H***": enough to recognise oneself, not to identify. */
	static String mask(String name) {
		if (name == null || name.isBlank()) {
			return "***";
		}
		String[] words = name.trim().split("\\s+");
		String last = words[words.length - 1];
		words[words.length - 1] = last.substring(0, last.offsetByCodePoints(0, 1)) + "***";
		return String.join(" ", words);
	}

}
