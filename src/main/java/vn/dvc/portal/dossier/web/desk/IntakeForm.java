package vn.dvc.portal.dossier.web.desk;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.dvc.portal.dossier.OwnerIdentity;
import vn.dvc.portal.dossier.events.Channel;
import vn.dvc.portal.dossier.web.DossierForm;

/**
 * The counter intake form: the dossier form, plus how the dossier arrived and, for an owner without
 * an ID number, what identifies them instead (Decree 107/2021).
 */
public class IntakeForm extends DossierForm {

	private Channel channel = Channel.COUNTER;

	@Size(max = 20, message = "{dossier.field.tooLong}")
	private String applicantIdNumber;

	private boolean applicantHasAccount;

	@Min(value = 1900, message = "{intake.birthYear.range}")
	@Max(value = 2100, message = "{intake.birthYear.range}")
	private Integer ownerBirthYear;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate ownerIdIssueDate;

	@Size(max = 120, message = "{dossier.field.tooLong}")
	private String ownerIdIssuer;

	@Override
	public boolean ownerIdentifiedOtherwise() {
		OwnerIdentity identity = ownerIdentity();
		return identity != null && identity.isComplete();
	}

	OwnerIdentity ownerIdentity() {
		boolean any = this.ownerBirthYear != null || this.ownerIdIssueDate != null
				|| (this.ownerIdIssuer != null && !this.ownerIdIssuer.isBlank());
		return any ? new OwnerIdentity(this.ownerBirthYear, this.ownerIdIssueDate,
				(this.ownerIdIssuer == null) ? null : this.ownerIdIssuer.trim()) : null;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public String getApplicantIdNumber() {
		return this.applicantIdNumber;
	}

	public void setApplicantIdNumber(String applicantIdNumber) {
		this.applicantIdNumber = applicantIdNumber;
	}

	public boolean isApplicantHasAccount() {
		return this.applicantHasAccount;
	}

	public void setApplicantHasAccount(boolean applicantHasAccount) {
		this.applicantHasAccount = applicantHasAccount;
	}

	public Integer getOwnerBirthYear() {
		return this.ownerBirthYear;
	}

	public void setOwnerBirthYear(Integer ownerBirthYear) {
		this.ownerBirthYear = ownerBirthYear;
	}

	public LocalDate getOwnerIdIssueDate() {
		return this.ownerIdIssueDate;
	}

	public void setOwnerIdIssueDate(LocalDate ownerIdIssueDate) {
		this.ownerIdIssueDate = ownerIdIssueDate;
	}

	public String getOwnerIdIssuer() {
		return this.ownerIdIssuer;
	}

	public void setOwnerIdIssuer(String ownerIdIssuer) {
		this.ownerIdIssuer = ownerIdIssuer;
	}

}
