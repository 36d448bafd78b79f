package vn.dvc.portal.catalog.web.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.dvc.portal.catalog.AdminLevel;
import vn.dvc.portal.catalog.AgencySummary;
import vn.dvc.portal.catalog.NewAgency;

/** An agency as the administrator edits it. */
public class AgencyForm {

	@NotBlank(message = "{admin.agency.code.required}")
	@Pattern(regexp = "[0-9A-Z.]{1,40}", message = "{admin.agency.code.format}")
	private String code;

	@NotBlank(message = "{admin.agency.name.required}")
	@Size(max = 255, message = "{dossier.field.tooLong}")
	private String name;

	@NotNull(message = "{admin.agency.level.required}")
	private AdminLevel adminLevel;

	@Size(max = 255, message = "{dossier.field.tooLong}")
	private String address;

	@Size(max = 20, message = "{dossier.field.tooLong}")
	private String hotline;

	@Email(message = "{registration.email.format}")
	@Size(max = 255, message = "{dossier.field.tooLong}")
	private String email;

	@Size(max = 255, message = "{dossier.field.tooLong}")
	private String supportContact;

	static AgencyForm of(AgencySummary agency) {
		AgencyForm form = new AgencyForm();
		form.code = agency.code();
		form.name = agency.name();
		form.adminLevel = agency.adminLevel();
		form.address = agency.address();
		form.hotline = agency.hotline();
		form.email = agency.email();
		form.supportContact = agency.supportContact();
		return form;
	}

	NewAgency toAgency() {
		return new NewAgency(this.code.trim(), this.name.trim(), this.adminLevel, blank(this.address), blank(this.hotline),
				blank(this.email), blank(this.supportContact));
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code == null) ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public AdminLevel getAdminLevel() {
		return this.adminLevel;
	}

	public void setAdminLevel(AdminLevel adminLevel) {
		this.adminLevel = adminLevel;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getHotline() {
		return this.hotline;
	}

	public void setHotline(String hotline) {
		this.hotline = hotline;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getSupportContact() {
		return this.supportContact;
	}

	public void setSupportContact(String supportContact) {
		this.supportContact = supportContact;
	}

}
