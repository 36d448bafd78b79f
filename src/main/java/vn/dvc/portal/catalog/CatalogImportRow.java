package vn.dvc.portal.catalog;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.Ids;

/** One line of an imported list and what it means for the catalogue. */
@Entity
@Table(name = "catalog_import_row")
class CatalogImportRow {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "import_id")
	private CatalogImport catalogImport;

	private int line;

	private String code;

	private String name;

	private String agencyText;

	private UUID agencyId;

	@Enumerated(EnumType.STRING)
	private AdminLevel adminLevel;

	@Enumerated(EnumType.STRING)
	private ServiceLevel serviceLevel;

	@Enumerated(EnumType.STRING)
	private ImportOutcome outcome;

	private String problemKey;

	private UUID procedureId;

	protected CatalogImportRow() {
	}

	CatalogImportRow(int line, String code, String name, String agencyText, UUID agencyId, AdminLevel adminLevel,
			ServiceLevel serviceLevel, ImportOutcome outcome, String problemKey, UUID procedureId) {
		this.id = Ids.next();
		this.line = line;
		this.code = truncate(code, 40);
		this.name = truncate(name, 500);
		this.agencyText = truncate(agencyText, 255);
		this.agencyId = agencyId;
		this.adminLevel = adminLevel;
		this.serviceLevel = serviceLevel;
		this.outcome = outcome;
		this.problemKey = problemKey;
		this.procedureId = procedureId;
	}

	void belongTo(CatalogImport catalogImport) {
		this.catalogImport = catalogImport;
	}

	ImportOutcome outcome() {
		return this.outcome;
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	UUID agencyId() {
		return this.agencyId;
	}

	AdminLevel adminLevel() {
		return this.adminLevel;
	}

	ServiceLevel serviceLevel() {
		return this.serviceLevel;
	}

	UUID procedureId() {
		return this.procedureId;
	}

	String agencyText() {
		return this.agencyText;
	}

	ImportPreview.Row view(List<String> candidates) {
		return new ImportPreview.Row(this.line, this.code, this.name, this.agencyText, this.adminLevel, this.serviceLevel,
				this.outcome, this.problemKey, candidates);
	}

	private static String truncate(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

}
