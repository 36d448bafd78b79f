package vn.dvc.portal.catalog;

import java.util.List;
import java.util.UUID;

import vn.dvc.portal.documents.FileFormat;

/**
 * A document requirement of a procedure.
 *
 * @param maxSizeBytes the requirement's own size limit, null for the portal's default
 * @param templateFileId the form to download and fill, if the procedure has one
 */
public record RequirementDetails(UUID id, int position, String name, boolean mandatory,
		List<FileFormat> acceptedFormats, Long maxSizeBytes, UUID templateFileId, boolean retired) {

	public RequirementDetails(UUID id, int position, String name, boolean mandatory, List<FileFormat> acceptedFormats,
			Long maxSizeBytes, UUID templateFileId) {
		this(id, position, name, mandatory, acceptedFormats, maxSizeBytes, templateFileId, false);
	}

}
