package vn.dvc.portal.rating;

/** What a typed text of the survey may hold. */
final class Comments {

	private Comments() {
	}

	/**
	 * A control character (a NUL, an escape sequence) no person types; line breaks and tabs are
	 * allowed in a comment.
	 */
	static boolean hasControlCharacter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
				return true;
			}
		}
		return false;
	}

}
