package vn.dvc.portal.dossier.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.documents.Documents;

/**
 * The files a dossier form posts: uploads in parts named {@code file-{requirementId}}, documents
 * picked from the citizen's store in parameters {@code store-{requirementId}}. The citizen's form,
 * the amendment and the desk's intake read them alike; not a controller, so that the controllers
 * stay package-private.
 */
public final class FormFiles {

	public static final String FILE_PREFIX = "file-";

	static final String STORE_PREFIX = "store-";

	private FormFiles() {
	}

	/** Documents picked from the citizen's store: parameters {@code store-{requirementId}} = document ids. */
	public static Map<UUID, List<UUID>> fromStore(MultiValueMap<String, String> params) {
		Map<UUID, List<UUID>> picked = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (!name.startsWith(STORE_PREFIX)) {
				return;
			}
			UUID requirementId = uuid(name.substring(STORE_PREFIX.length()));
			if (requirementId == null) {
				return;
			}
			for (String value : values) {
				UUID documentId = uuid(value);
				if (documentId != null) {
					picked.computeIfAbsent(requirementId, key -> new ArrayList<>()).add(documentId);
				}
			}
		});
		return picked;
	}

	private static UUID uuid(String text) {
		try {
			return (text == null || text.isBlank()) ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The files uploaded for each requirement; empty parts (no file chosen) are left out. */
	public static Map<UUID, List<Documents.Upload>> uploads(MultiValueMap<String, MultipartFile> files, PortalUser user) {
		Map<UUID, List<Documents.Upload>> uploads = new LinkedHashMap<>();
		files.forEach((name, parts) -> {
			if (!name.startsWith(FILE_PREFIX)) {
				return;
			}
			UUID requirementId = uuid(name.substring(FILE_PREFIX.length()));
			if (requirementId == null) {
				return;
			}
			for (MultipartFile part : parts) {
				if (part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isBlank())) {
					continue;
				}
				uploads.computeIfAbsent(requirementId, key -> new ArrayList<>())
					.add(new Documents.Upload(part, part.getOriginalFilename(), part.getSize(),
							user.accountId().value()));
			}
		});
		return uploads;
	}

}
