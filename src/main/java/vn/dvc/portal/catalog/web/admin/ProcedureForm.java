package vn.dvc.portal.catalog.web.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.dvc.portal.catalog.AdminLevel;
import vn.dvc.portal.catalog.AgencyId;
import vn.dvc.portal.catalog.NewProcedure;
import vn.dvc.portal.catalog.ProcedureChanges;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.catalog.ServiceLevel;
import vn.dvc.portal.documents.FileFormat;

/** A procedure as the administrator edits it, with its document requirements. */
public class ProcedureForm {

	/** Blank requirement rows offered for additions. */
	static final int NEW_ROWS = 3;

	@NotBlank(message = "{admin.procedure.code.required}")
	@Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.\\-]{0,39}", message = "{admin.procedure.code.format}")
	private String code;

	@NotBlank(message = "{admin.procedure.name.required}")
	@Size(max = 500, message = "{dossier.field.tooLong}")
	private String name;

	@Size(max = 255, message = "{dossier.field.tooLong}")
	private String field;

	@NotNull(message = "{admin.procedure.agency.required}")
	private UUID agencyId;

	@NotNull(message = "{admin.procedure.level.required}")
	private ServiceLevel serviceLevel;

	@NotNull(message = "{admin.procedure.level.required}")
	private AdminLevel adminLevel;

	@NotNull(message = "{admin.procedure.days.required}")
	@Min(value = 1, message = "{admin.procedure.days.range}")
	@Max(value = 365, message = "{admin.procedure.days.range}")
	private Integer processingDays;

	@NotNull(message = "{admin.procedure.fee.required}")
	@Min(value = 0, message = "{admin.procedure.fee.range}")
	private Long feeVnd;

	@Size(max = 500, message = "{dossier.field.tooLong}")
	private String feeNote;

	private boolean postalReturnOffered = true;

	private boolean onlinePaymentOffered;

	@Size(max = 4000, message = "{dossier.field.tooLong}")
	private String legalBasis;

	@Size(max = 40, message = "{dossier.field.tooLong}")
	private String resultTypeCode;

	private List<@Valid RequirementForm> requirements = new ArrayList<>();

	/** One requirement row; a new row with no name is ignored. */
	public static class RequirementForm {

		private UUID id;

		@Size(max = 500, message = "{dossier.field.tooLong}")
		private String name;

		private boolean mandatory = true;

		private Set<FileFormat> formats = EnumSet.of(FileFormat.PDF);

		@Min(value = 1, message = "{admin.procedure.maxSize.range}")
		@Max(value = 100, message = "{admin.procedure.maxSize.range}")
		private Integer maxSizeMb;

		private boolean retired;

		public UUID getId() {
			return this.id;
		}

		public void setId(UUID id) {
			this.id = id;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public boolean isMandatory() {
			return this.mandatory;
		}

		public void setMandatory(boolean mandatory) {
			this.mandatory = mandatory;
		}

		public Set<FileFormat> getFormats() {
			return this.formats;
		}

		public void setFormats(Set<FileFormat> formats) {
			this.formats = formats;
		}

		public Integer getMaxSizeMb() {
			return this.maxSizeMb;
		}

		public void setMaxSizeMb(Integer maxSizeMb) {
			this.maxSizeMb = maxSizeMb;
		}

		public boolean isRetired() {
			return this.retired;
		}

		public void setRetired(boolean retired) {
			this.retired = retired;
		}

		boolean isBlankNew() {
			return this.id == null && (this.name == null || this.name.isBlank());
		}

		Set<FileFormat> formatsOrPdf() {
			return (this.formats == null || this.formats.isEmpty()) ? EnumSet.of(FileFormat.PDF) : this.formats;
		}

		Long maxSizeBytes() {
			return (this.maxSizeMb == null) ? null : this.maxSizeMb * 1024L * 1024L;
		}

	}

	static ProcedureForm empty() {
		ProcedureForm form = new ProcedureForm();
		form.addBlankRows();
		return form;
	}

	static ProcedureForm of(ProcedureDetails procedure, List<RequirementDetails> allRequirements) {
		ProcedureForm form = new ProcedureForm();
		form.code = procedure.summary().code();
		form.name = procedure.summary().name();
		form.field = procedure.summary().field();
		form.agencyId = procedure.summary().agency().id().value();
		form.serviceLevel = procedure.summary().serviceLevel();
		form.adminLevel = procedure.summary().adminLevel();
		form.processingDays = procedure.summary().processingDays();
		form.feeVnd = procedure.summary().feeVnd();
		form.feeNote = procedure.feeNote();
		form.postalReturnOffered = procedure.postalReturnOffered();
		form.onlinePaymentOffered = procedure.onlinePaymentOffered();
		form.legalBasis = procedure.legalBasis();
		form.resultTypeCode = procedure.resultTypeCode();
		for (RequirementDetails requirement : allRequirements) {
			RequirementForm row = new RequirementForm();
			row.id = requirement.id();
			row.name = requirement.name();
			row.mandatory = requirement.mandatory();
			row.formats = requirement.acceptedFormats().isEmpty() ? EnumSet.noneOf(FileFormat.class)
					: EnumSet.copyOf(requirement.acceptedFormats());
			row.maxSizeMb = (requirement.maxSizeBytes() == null) ? null : (int) (requirement.maxSizeBytes() / (1024 * 1024));
			row.retired = requirement.retired();
			form.requirements.add(row);
		}
		form.addBlankRows();
		return form;
	}

	void addBlankRows() {
		for (int i = 0; i < NEW_ROWS; i++) {
			this.requirements.add(new RequirementForm());
		}
	}

	NewProcedure toNewProcedure() {
		return new NewProcedure(this.code.trim(), this.name.trim(), text(this.field), new AgencyId(this.agencyId),
				this.serviceLevel, this.adminLevel, this.processingDays, this.feeVnd, blank(this.feeNote),
				this.postalReturnOffered, this.onlinePaymentOffered, blank(this.legalBasis), blank(this.resultTypeCode),
				this.requirements.stream()
					.filter(row -> !row.isBlankNew() && !row.isRetired())
					.map(row -> new NewProcedure.Requirement(row.name.trim(), row.mandatory, row.formatsOrPdf(),
							row.maxSizeBytes()))
					.toList());
	}

	ProcedureChanges toChanges() {
		return new ProcedureChanges(this.name.trim(), text(this.field), new AgencyId(this.agencyId), this.serviceLevel,
				this.adminLevel, this.processingDays, this.feeVnd, blank(this.feeNote), this.postalReturnOffered,
				this.onlinePaymentOffered, blank(this.legalBasis), blank(this.resultTypeCode),
				this.requirements.stream()
					.filter(row -> !row.isBlankNew())
					.map(row -> new ProcedureChanges.RequirementChange(row.id, row.name.trim(), row.mandatory,
							row.formatsOrPdf(), row.maxSizeBytes(), row.retired))
					.toList());
	}

	boolean hasUnnamedRequirement() {
		return this.requirements.stream().anyMatch(row -> row.id != null && (row.name == null || row.name.isBlank()));
	}

	private static String text(String value) {
		return (value == null) ? "" : value.trim();
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getField() {
		return this.field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public UUID getAgencyId() {
		return this.agencyId;
	}

	public void setAgencyId(UUID agencyId) {
		this.agencyId = agencyId;
	}

	public ServiceLevel getServiceLevel() {
		return this.serviceLevel;
	}

	public void setServiceLevel(ServiceLevel serviceLevel) {
		this.serviceLevel = serviceLevel;
	}

	public AdminLevel getAdminLevel() {
		return this.adminLevel;
	}

	public void setAdminLevel(AdminLevel adminLevel) {
		this.adminLevel = adminLevel;
	}

	public Integer getProcessingDays() {
		return this.processingDays;
	}

	public void setProcessingDays(Integer processingDays) {
		this.processingDays = processingDays;
	}

	public Long getFeeVnd() {
		return this.feeVnd;
	}

	public void setFeeVnd(Long feeVnd) {
		this.feeVnd = feeVnd;
	}

	public String getFeeNote() {
		return this.feeNote;
	}

	public void setFeeNote(String feeNote) {
		this.feeNote = feeNote;
	}

	public boolean isPostalReturnOffered() {
		return this.postalReturnOffered;
	}

	public void setPostalReturnOffered(boolean postalReturnOffered) {
		this.postalReturnOffered = postalReturnOffered;
	}

	public boolean isOnlinePaymentOffered() {
		return this.onlinePaymentOffered;
	}

	public void setOnlinePaymentOffered(boolean onlinePaymentOffered) {
		this.onlinePaymentOffered = onlinePaymentOffered;
	}

	public String getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public String getResultTypeCode() {
		return this.resultTypeCode;
	}

	public void setResultTypeCode(String resultTypeCode) {
		this.resultTypeCode = resultTypeCode;
	}

	public List<RequirementForm> getRequirements() {
		return this.requirements;
	}

	public void setRequirements(List<RequirementForm> requirements) {
		this.requirements = requirements;
	}

}
