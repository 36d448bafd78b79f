package vn.dvc.portal.dossier.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import vn.dvc.portal.account.PhoneNumber;
import vn.dvc.portal.dossier.DossierContent;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.IdNumber;
import vn.dvc.portal.dossier.Party;
import vn.dvc.portal.dossier.PostalRecipient;

/**
 * The dossier form of seed 002, step 5. A draft may be saved half-filled; what submission needs is
 * checked by {@link DossierFormValidator}.
 */
public class DossierForm {

	private UUID formKey;

	private UUID procedureId;

	private Long version;

	@Size(max = 120, message = "{dossier.field.tooLong}")
	private String submitterName;

	@Size(max = 15, message = "{dossier.field.tooLong}")
	private String submitterPhone;

	@Size(max = 255, message = "{dossier.field.tooLong}")
	private String submitterEmail;

	@Size(max = 255, message = "{dossier.field.tooLong}")
	private String submitterAddress;

	private boolean ownerSameAsSubmitter = true;

	@Size(max = 120, message = "{dossier.field.tooLong}")
	private String ownerName;

	@Size(max = 20, message = "{dossier.field.tooLong}")
	private String ownerIdNumber;

	@Size(max = 15, message = "{dossier.field.tooLong}")
	private String ownerPhone;

	@Size(max = 255, message = "{dossier.field.tooLong}")
	private String ownerEmail;

	@Size(max = 255, message = "{dossier.field.tooLong}")
	private String ownerAddress;

	@Size(max = 4000, message = "{dossier.field.tooLong}")
	private String content;

	private boolean postalReturn;

	@Size(max = 120, message = "{dossier.field.tooLong}")
	private String recipientName;

	@Size(max = 15, message = "{dossier.field.tooLong}")
	private String recipientPhone;

	@Size(max = 255, message = "{dossier.field.tooLong}")
	private String recipientAddress;

	@Size(max = 80, message = "{dossier.field.tooLong}")
	private String recipientProvince;

	private List<UUID> removeAttachments = new ArrayList<>();

	static DossierForm newFor(UUID procedureId, Party submitter) {
		DossierForm form = new DossierForm();
		form.formKey = UUID.randomUUID();
		form.procedureId = procedureId;
		form.submitterName = submitter.name();
		form.submitterPhone = submitter.phone();
		form.submitterEmail = submitter.email();
		form.submitterAddress = submitter.address();
		return form;
	}

	static DossierForm of(DossierView dossier) {
		return of(dossier.procedureId(), dossier.version(), dossier.writtenContent());
	}

	static DossierForm of(UUID procedureId, Long version, DossierContent written) {
		DossierForm form = new DossierForm();
		form.procedureId = procedureId;
		form.version = version;
		Party submitter = written.submitter();
		form.submitterName = submitter.name();
		form.submitterPhone = submitter.phone();
		form.submitterEmail = submitter.email();
		form.submitterAddress = submitter.address();
		Party owner = written.owner();
		form.ownerSameAsSubmitter = owner == null || owner.equals(submitter);
		if (owner != null && !form.ownerSameAsSubmitter) {
			form.ownerName = owner.name();
			form.ownerIdNumber = owner.idNumber();
			form.ownerPhone = owner.phone();
			form.ownerEmail = owner.email();
			form.ownerAddress = owner.address();
		}
		form.content = written.content();
		form.postalReturn = written.postalReturn();
		PostalRecipient recipient = written.recipient();
		if (recipient != null) {
			form.recipientName = recipient.name();
			form.recipientPhone = recipient.phone();
			form.recipientAddress = recipient.address();
			form.recipientProvince = recipient.province();
		}
		return form;
	}

	/**
	 * The content to save. Phone numbers are stored in national form when they parse, as typed
	 * otherwise (a draft may hold a half-typed number; submission refuses it).
	 */
	public DossierContent toContent(String submitterIdNumber) {
		Party submitter = new Party(trim(this.submitterName), submitterIdNumber, phone(this.submitterPhone),
				trim(this.submitterEmail), trim(this.submitterAddress));
		Party owner = this.ownerSameAsSubmitter ? submitter : new Party(trim(this.ownerName),
				idNumber(this.ownerIdNumber), phone(this.ownerPhone), trim(this.ownerEmail), trim(this.ownerAddress));
		PostalRecipient recipient = this.postalReturn ? new PostalRecipient(trim(this.recipientName),
				phone(this.recipientPhone), trim(this.recipientAddress), trim(this.recipientProvince)) : null;
		return new DossierContent(submitter, owner, trim(this.content), this.postalReturn, recipient);
	}

	/**
	 * Whether the owner is identified by something other than an ID number; only a counter intake
	 * allows it.
	 */
	public boolean ownerIdentifiedOtherwise() {
		return false;
	}

	/** Kept in the form the desk searches by (a passport's letter in upper case), as typed otherwise. */
	private static String idNumber(String typed) {
		return IdNumber.parse(typed).map(IdNumber::value).orElse(trim(typed));
	}

	private static String phone(String typed) {
		String value = trim(typed);
		return (value == null) ? null : PhoneNumber.parse(value).map(PhoneNumber::value).orElse(value);
	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public UUID getFormKey() {
		return this.formKey;
	}

	public void setFormKey(UUID formKey) {
		this.formKey = formKey;
	}

	public UUID getProcedureId() {
		return this.procedureId;
	}

	public void setProcedureId(UUID procedureId) {
		this.procedureId = procedureId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getSubmitterName() {
		return this.submitterName;
	}

	public void setSubmitterName(String submitterName) {
		this.submitterName = submitterName;
	}

	public String getSubmitterPhone() {
		return this.submitterPhone;
	}

	public void setSubmitterPhone(String submitterPhone) {
		this.submitterPhone = submitterPhone;
	}

	public String getSubmitterEmail() {
		return this.submitterEmail;
	}

	public void setSubmitterEmail(String submitterEmail) {
		this.submitterEmail = submitterEmail;
	}

	public String getSubmitterAddress() {
		return this.submitterAddress;
	}

	public void setSubmitterAddress(String submitterAddress) {
		this.submitterAddress = submitterAddress;
	}

	public boolean isOwnerSameAsSubmitter() {
		return this.ownerSameAsSubmitter;
	}

	public void setOwnerSameAsSubmitter(boolean ownerSameAsSubmitter) {
		this.ownerSameAsSubmitter = ownerSameAsSubmitter;
	}

	public String getOwnerName() {
		return this.ownerName;
	}

	public void setOwnerName(String ownerName) {
		this.ownerName = ownerName;
	}

	public String getOwnerIdNumber() {
		return this.ownerIdNumber;
	}

	public void setOwnerIdNumber(String ownerIdNumber) {
		this.ownerIdNumber = ownerIdNumber;
	}

	public String getOwnerPhone() {
		return this.ownerPhone;
	}

	public void setOwnerPhone(String ownerPhone) {
		this.ownerPhone = ownerPhone;
	}

	public String getOwnerEmail() {
		return this.ownerEmail;
	}

	public void setOwnerEmail(String ownerEmail) {
		this.ownerEmail = ownerEmail;
	}

	public String getOwnerAddress() {
		return this.ownerAddress;
	}

	public void setOwnerAddress(String ownerAddress) {
		this.ownerAddress = ownerAddress;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public boolean isPostalReturn() {
		return this.postalReturn;
	}

	public void setPostalReturn(boolean postalReturn) {
		this.postalReturn = postalReturn;
	}

	public String getRecipientName() {
		return this.recipientName;
	}

	public void setRecipientName(String recipientName) {
		this.recipientName = recipientName;
	}

	public String getRecipientPhone() {
		return this.recipientPhone;
	}

	public void setRecipientPhone(String recipientPhone) {
		this.recipientPhone = recipientPhone;
	}

	public String getRecipientAddress() {
		return this.recipientAddress;
	}

	public void setRecipientAddress(String recipientAddress) {
		this.recipientAddress = recipientAddress;
	}

	public String getRecipientProvince() {
		return this.recipientProvince;
	}

	public void setRecipientProvince(String recipientProvince) {
		this.recipientProvince = recipientProvince;
	}

	public List<UUID> getRemoveAttachments() {
		return this.removeAttachments;
	}

	public void setRemoveAttachments(List<UUID> removeAttachments) {
		this.removeAttachments = removeAttachments;
	}

	@Override
	public String toString() {
		return "DossierForm[" + this.procedureId + "]";
	}

}
