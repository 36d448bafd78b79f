package vn.dvc.portal.documents;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * The name a download is saved under: the name the person gave, with an extension that matches the
 * type read from the bytes. A PDF uploaded as "bao-cao.exe" is saved as "bao-cao.exe.pdf", so that
 * the computer that opens it treats it as what it is.
 */
final class DownloadNames {

	private static final Map<String, List<String>> EXTENSIONS = new ConcurrentHashMap<>();

	private DownloadNames() {
	}

	static String of(String name, String mediaType) {
		List<String> extensions = EXTENSIONS.computeIfAbsent(mediaType, DownloadNames::extensionsOf);
		if (extensions.isEmpty()) {
			return name;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (extensions.stream().anyMatch(lower::endsWith)) {
			return name;
		}
		return name + extensions.get(0);
	}

	/** The type's extensions, the usual one first (".pdf"; ".jpg", ".jpeg", ...). */
	private static List<String> extensionsOf(String mediaType) {
		try {
			return MimeTypes.getDefaultMimeTypes().forName(mediaType).getExtensions();
		}
		catch (MimeTypeException ex) {
			return List.of();
		}
	}

}
