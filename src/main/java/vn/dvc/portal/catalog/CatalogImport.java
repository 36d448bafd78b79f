package vn.dvc.portal.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.Ids;

/**
 * An uploaded list of procedures eligible for online service, read and classified, waiting for the
 * administrator to publish it (or refused whole, with the reason).
 */
@Entity
@Table(name = "catalog_import")
class CatalogImport {

	enum Status {

		PREVIEW, REFUSED, PUBLISHED

	}

	@Id
	private UUID id;

	private String fileName;

	private Instant createdAt;

	private String createdBy;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String errorKey;

	@OneToMany(mappedBy = "catalogImport", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("line")
	private List<CatalogImportRow> rows = new ArrayList<>();

	protected CatalogImport() {
	}

	private CatalogImport(String fileName, String createdBy, Instant now) {
		this.id = Ids.next();
		this.fileName = fileName;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	static CatalogImport preview(String fileName, String createdBy, Instant now) {
		CatalogImport imported = new CatalogImport(fileName, createdBy, now);
		imported.status = Status.PREVIEW;
		return imported;
	}

	static CatalogImport refused(String fileName, String createdBy, Instant now, String errorKey) {
		CatalogImport imported = new CatalogImport(fileName, createdBy, now);
		imported.status = Status.REFUSED;
		imported.errorKey = errorKey;
		return imported;
	}

	void add(CatalogImportRow row) {
		row.belongTo(this);
		this.rows.add(row);
	}

	boolean isPublishable() {
		return this.status == Status.PREVIEW && !this.rows.isEmpty() && this.rows.stream()
			.noneMatch(row -> row.outcome() == ImportOutcome.MALFORMED || row.outcome() == ImportOutcome.UNKNOWN
					|| row.outcome() == ImportOutcome.AMBIGUOUS);
	}

	void markPublished() {
		if (!isPublishable()) {
			throw new IllegalStateException("This import cannot be published");
		}
		this.status = Status.PUBLISHED;
	}

	UUID id() {
		return this.id;
	}

	List<CatalogImportRow> rows() {
		return List.copyOf(this.rows);
	}

	boolean isPreview() {
		return this.status == Status.PREVIEW;
	}

	/**
	 * @param candidates the agencies an ambiguous row could mean
	 * @param stops what publishing would stop
	 */
	ImportPreview preview(Function<CatalogImportRow, List<String>> candidates, List<ImportPreview.Stop> stops) {
		return new ImportPreview(this.id, this.fileName, this.createdAt, this.status.name(), this.errorKey,
				isPublishable(), this.rows.stream().map(row -> row.view(candidates.apply(row))).toList(), stops);
	}

}
