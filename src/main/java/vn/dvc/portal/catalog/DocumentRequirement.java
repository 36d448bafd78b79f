package vn.dvc.portal.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.dvc.portal.documents.FileFormat;
import vn.dvc.portal.shared.Ids;

/** A document (thành phần hồ sơ) that a procedure asks for. */
@Entity
@Table(name = "document_requirement")
class DocumentRequirement {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "procedure_id")
	private Procedure procedure;

	private int position;

	private String name;

	private boolean mandatory;

	/** Names of {@link FileFormat}s, comma-separated. */
	private String acceptedTypes;

	private Long maxSizeBytes;

	private UUID templateFileId;

	/** No longer asked of new dossiers; kept because old dossiers refer to it. */
	private boolean retired;

	protected DocumentRequirement() {
	}

	DocumentRequirement(Procedure procedure, int position, NewProcedure.Requirement requirement) {
		this.id = Ids.next();
		this.procedure = procedure;
		this.position = position;
		this.name = requirement.name();
		this.mandatory = requirement.mandatory();
		this.acceptedTypes = requirement.acceptedFormats().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.maxSizeBytes = requirement.maxSizeBytes();
	}

	UUID id() {
		return this.id;
	}

	void change(ProcedureChanges.RequirementChange change) {
		this.name = change.name();
		this.mandatory = change.mandatory();
		this.acceptedTypes = change.acceptedFormats().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.maxSizeBytes = change.maxSizeBytes();
		this.retired = change.retired();
	}

	int position() {
		return this.position;
	}

	void attachTemplate(UUID fileId) {
		this.templateFileId = fileId;
	}

	RequirementDetails details() {
		// In the enum's order (PDF and pictures first), whatever the stored order.
		List<FileFormat> formats = Arrays.stream(this.acceptedTypes.split(",")).map(FileFormat::valueOf).sorted().toList();
		return new RequirementDetails(this.id, this.position, this.name, this.mandatory, formats, this.maxSizeBytes,
				this.templateFileId, this.retired);
	}

}
