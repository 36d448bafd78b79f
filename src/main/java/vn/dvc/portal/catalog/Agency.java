package vn.dvc.portal.catalog;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.Ids;
import vn.dvc.portal.shared.db.AssignedIdEntity;

/** An agency that receives and resolves dossiers: a department, a district or commune committee. */
@Entity
@Table(name = "agency")
class Agency extends AssignedIdEntity {

	@Id
	private UUID id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private AdminLevel adminLevel;

	private String address;

	private String hotline;

	private String email;

	private String supportContact;

	protected Agency() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	Agency(NewAgency agency) {
		this.id = Ids.next();
		this.code = agency.code();
		this.name = agency.name();
		this.adminLevel = agency.adminLevel();
		this.address = agency.address();
		this.hotline = agency.hotline();
		this.email = agency.email();
		this.supportContact = agency.supportContact();
	}

	void update(NewAgency changes) {
		this.code = changes.code();
		this.name = changes.name();
		this.adminLevel = changes.adminLevel();
		this.address = changes.address();
		this.hotline = changes.hotline();
		this.email = changes.email();
		this.supportContact = changes.supportContact();
	}

	String name() {
		return this.name;
	}

	AgencyId id() {
		return new AgencyId(this.id);
	}

	String code() {
		return this.code;
	}

	AgencySummary summary() {
		return new AgencySummary(id(), this.code, this.name, this.adminLevel, this.address, this.hotline, this.email,
				this.supportContact);
	}

}
