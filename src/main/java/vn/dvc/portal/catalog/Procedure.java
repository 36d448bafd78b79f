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

	ProcedureSummary summary() {
		return new ProcedureSummary(id(), this.code, this.name, this.field, this.agency.summary(), this.serviceLevel,
				this.adminLevel, this.processingDays, this.feeVnd, this.acceptingDossiers);
	}

	ProcedureDetails details() {
		return new ProcedureDetails(summary(), this.feeNote, this.postalReturnOffered, this.onlinePaymentOffered,
				this.legalBasis, this.resultTypeCode,
				this.requirements.stream().map(DocumentRequirement::details).toList());
	}

	void attachTemplate(int position, UUID templateFileId) {
		this.requirements.stream()
			.filter(requirement -> requirement.position() == position)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No requirement at position " + position))
			.attachTemplate(templateFileId);
	}

}
