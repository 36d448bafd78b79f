package vn.dvc.portal.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.Ids;
import vn.dvc.portal.shared.VietnameseText;

/** An administrative procedure (thủ tục hành chính) offered online by one agency. */
@Entity
@Table(name = "procedure")
class Procedure {

	@Id
	private UUID id;

	private String code;

	private String name;

	private String field;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agency_id")
	private Agency agency;

	@Enumerated(EnumType.STRING)
	private ServiceLevel serviceLevel;

	@Enumerated(EnumType.STRING)
	private AdminLevel adminLevel;

	private int processingDays;

	private long feeVnd;

	private String feeNote;

	private boolean postalReturnOffered;

	private boolean onlinePaymentOffered;

	private String legalBasis;

	private String resultTypeCode;

	private boolean acceptingDossiers;

	/** Increases with every change; dossiers keep the revision they were filed under. */
	private int revision = 1;

	/** Name, code and field folded without diacritics, for searches typed without them. */
	private String searchText;

	@OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<DocumentRequirement> requirements = new ArrayList<>();

	protected Procedure() {
	}

	Procedure(NewProcedure procedure, Agency agency) {
		if (procedure.processingDays() <= 0) {
			throw new IllegalArgumentException("Processing time must be at least one working day");
		}
		if (procedure.feeVnd() < 0) {
			throw new IllegalArgumentException("A fee cannot be negative");
		}
		this.id = Ids.next();
		this.code = procedure.code();
		this.name = procedure.name();
		this.field = procedure.field();
		this.agency = agency;
		this.serviceLevel = procedure.serviceLevel();
		this.adminLevel = procedure.adminLevel();
		this.processingDays = procedure.processingDays();
		this.feeVnd = procedure.feeVnd();
		this.feeNote = procedure.feeNote();
		this.postalReturnOffered = procedure.postalReturnOffered();
		this.onlinePaymentOffered = procedure.onlinePaymentOffered();
		this.legalBasis = procedure.legalBasis();
		this.resultTypeCode = procedure.resultTypeCode();
		this.acceptingDossiers = true;
		this.searchText = VietnameseText.fold(this.name + " " + this.code + " " + this.field);
		int position = 1;
		for (NewProcedure.Requirement requirement : procedure.requirements()) {
			this.requirements.add(new DocumentRequirement(this, position++, requirement));
		}
	}

	ProcedureId id() {
		return new ProcedureId(this.id);
	}

	String searchText() {
		return this.searchText;
	}

	ProcedureSummary summary() {
		return new ProcedureSummary(id(), this.code, this.name, this.field, this.agency.summary(), this.serviceLevel,
				this.adminLevel, this.processingDays, this.feeVnd, this.acceptingDossiers);
	}

	ProcedureDetails details() {
		return new ProcedureDetails(summary(), this.feeNote, this.postalReturnOffered, this.onlinePaymentOffered,
				this.legalBasis, this.resultTypeCode,
				this.requirements.stream().map(DocumentRequirement::details).toList(), this.revision);
	}

	/**
	 * Changes what the procedure is and asks for; it becomes a new revision. Requirements are
	 * changed in place, added at the end, or retired (never deleted: old dossiers refer to them).
	 */
	void revise(ProcedureChanges changes, Agency agency) {
		if (changes.processingDays() <= 0 || changes.feeVnd() < 0) {
			throw new IllegalArgumentException("Processing time and fee must be positive");
		}
		this.name = changes.name();
		this.field = changes.field();
		this.agency = agency;
		this.serviceLevel = changes.serviceLevel();
		this.adminLevel = changes.adminLevel();
		this.processingDays = changes.processingDays();
		this.feeVnd = changes.feeVnd();
		this.feeNote = changes.feeNote();
		this.postalReturnOffered = changes.postalReturnOffered();
		this.onlinePaymentOffered = changes.onlinePaymentOffered();
		this.legalBasis = changes.legalBasis();
		this.resultTypeCode = changes.resultTypeCode();
		for (ProcedureChanges.RequirementChange change : changes.requirements()) {
			if (change.id() == null) {
				if (!change.retired()) {
					int position = this.requirements.stream().mapToInt(DocumentRequirement::position).max().orElse(0) + 1;
					this.requirements.add(new DocumentRequirement(this, position, change.toRequirement()));
				}
				continue;
			}
			this.requirements.stream()
				.filter(requirement -> requirement.id().equals(change.id()))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown requirement " + change.id()))
				.change(change);
		}
		this.searchText = VietnameseText.fold(this.name + " " + this.code + " " + this.field);
		this.revision++;
	}

	/** What a yearly publication says of the procedure: its name and levels, and that it is open. */
	boolean publishAs(String name, Agency agency, AdminLevel adminLevel, ServiceLevel serviceLevel) {
		boolean changed = !this.name.equals(name) || !this.agency.id().equals(agency.id())
				|| this.adminLevel != adminLevel || this.serviceLevel != serviceLevel;
		if (changed) {
			this.name = name;
			this.agency = agency;
			this.adminLevel = adminLevel;
			this.serviceLevel = serviceLevel;
			this.searchText = VietnameseText.fold(this.name + " " + this.code + " " + this.field);
			this.revision++;
		}
		this.acceptingDossiers = true;
		return changed;
	}

	/** Dropped from the published list: no new dossiers, those filed go on. */
	void stopAccepting() {
		this.acceptingDossiers = false;
	}

	boolean sameAs(String name, AgencyId agency, AdminLevel adminLevel, ServiceLevel serviceLevel) {
		return this.name.equals(name) && this.agency.id().equals(agency) && this.adminLevel == adminLevel
				&& this.serviceLevel == serviceLevel;
	}

	String code() {
		return this.code;
	}

	AgencyId agencyId() {
		return this.agency.id();
	}

	int revision() {
		return this.revision;
	}

	boolean isAccepting() {
		return this.acceptingDossiers;
	}

	void attachTemplate(int position, UUID templateFileId) {
		this.requirements.stream()
			.filter(requirement -> requirement.position() == position)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No requirement at position " + position))
			.attachTemplate(templateFileId);
	}

}
