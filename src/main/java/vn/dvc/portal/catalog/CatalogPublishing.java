package vn.dvc.portal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.shared.NotFoundException;
import vn.dvc.portal.shared.content.PublicContent;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.shared.VietnameseText;

/**
 * The yearly publication of the procedures eligible for full-online and partial-online service.
 * The administrator uploads the province's list, reads what it would change, and publishes it
 * under the decision's number and date: listed procedures open (new ones are created), and the
 * procedures of the agencies the list covers that it leaves out stop taking new dossiers (those
 * already filed go on). Agencies the list does not name keep their catalogue: a department may
 * publish its own list. A file with a row that cannot be used changes nothing.
 */
@Service
public class CatalogPublishing {

	private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,39}");

	/** Processing time given to a procedure the list creates, until the administrator sets it. */
	static final int DEFAULT_PROCESSING_DAYS = 15;

	private final CatalogImports imports;

	private final Publications publications;

	private final Procedures procedures;

	private final Agencies agencies;

	private final ProcedureRevisions revisions;

	private final JdbcTemplate jdbc;

	private final PublicContent publicContent;

	private final Clock clock;

	CatalogPublishing(CatalogImports imports, Publications publications, Procedures procedures, Agencies agencies,
			ProcedureRevisions revisions, JdbcTemplate jdbc, PublicContent publicContent, Clock clock) {
		this.imports = imports;
		this.publications = publications;
		this.procedures = procedures;
		this.agencies = agencies;
		this.revisions = revisions;
		this.jdbc = jdbc;
		this.publicContent = publicContent;
		this.clock = clock;
	}

	/** Reads an uploaded list and keeps what it would change, for the administrator to check. */
	@Transactional
	public UUID read(String fileName, InputStream content, long size, String by) {
		Instant now = this.clock.instant();
		ProcedureListFile.Reading reading;
		try {
			reading = ProcedureListFile.read(fileName, content, size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String name = (fileName == null || fileName.isBlank()) ? "?" : fileName;
		if (reading.refusal() != null) {
			return this.imports.save(CatalogImport.refused(name, by, now, reading.refusal())).id();
		}
		CatalogImport imported = CatalogImport.preview(name, by, now);
		List<Agency> known = this.agencies.findAll();
		Map<String, Integer> firstLineOfCode = new HashMap<>();
		for (ProcedureListFile.Line line : reading.lines()) {
			imported.add(classify(line, known, firstLineOfCode));
		}
		return this.imports.save(imported).id();
	}

	@Transactional(readOnly = true)
	public ImportPreview preview(UUID importId) {
		return this.imports.findWithRowsById(importId).map(CatalogImport::preview)
			.orElseThrow(() -> new NotFoundException("Import"));
	}

	/**
	 * Publishes a checked list under its decision: listed procedures take dossiers (new ones are
	 * created with a default processing time to complete), procedures left out stop taking new
	 * dossiers, and the publication is kept.
	 * @throws PublicationRefusedException when the list has unusable rows, was already published,
	 * or the decision number is taken
	 */
	@Transactional
	public UUID publish(UUID importId, String decisionNumber, LocalDate decisionDate, LocalDate effectiveFrom,
			String by) {
		CatalogImport imported = this.imports.findWithRowsById(importId).orElseThrow(() -> new NotFoundException("Import"));
		if (!imported.isPublishable()) {
			throw new PublicationRefusedException("import.publish.notPublishable");
		}
		if (decisionNumber == null || decisionNumber.isBlank() || decisionDate == null || effectiveFrom == null) {
			throw new PublicationRefusedException("import.publish.decisionRequired");
		}
		if (this.publications.existsByDecisionNumber(decisionNumber.trim())) {
			throw new PublicationRefusedException("import.publish.decisionTaken");
		}
		Instant now = this.clock.instant();
		// Flushed at once: the entries below are inserted with plain SQL and reference it.
		Publication publication = this.publications.saveAndFlush(new Publication(decisionNumber.trim(), decisionDate,
				effectiveFrom, by, imported.id(), now));
		Set<UUID> listed = new HashSet<>();
		Set<AgencyId> covered = new HashSet<>();
		for (CatalogImportRow row : imported.rows()) {
			Agency agency = this.agencies.findById(row.agencyId()).orElseThrow();
			covered.add(agency.id());
			Procedure procedure = this.procedures.findByCode(row.code()).orElse(null);
			if (procedure == null) {
				procedure = this.procedures.saveAndFlush(new Procedure(new NewProcedure(row.code(), row.name(),
						"", agency.id(), row.serviceLevel(), row.adminLevel(), DEFAULT_PROCESSING_DAYS, 0, null, true, false,
						null, null, List.of()), agency));
				this.revisions.record(procedure, by, now);
			}
			else if (procedure.publishAs(row.name(), agency, row.adminLevel(), row.serviceLevel())) {
				this.procedures.saveAndFlush(procedure);
				this.revisions.record(procedure, by, now);
			}
			listed.add(procedure.id().value());
			this.jdbc.update("insert into publication_entry (publication_id, procedure_id, service_level, admin_level) "
					+ "values (?, ?, ?, ?)", publication.id(), procedure.id().value(), row.serviceLevel().name(),
					row.adminLevel().name());
		}
		for (Procedure procedure : this.procedures.findAll()) {
			if (!listed.contains(procedure.id().value()) && procedure.isAccepting()
					&& covered.contains(procedure.agencyId())) {
				procedure.stopAccepting();
			}
		}
		imported.markPublished();
		this.publicContent.changed(PublicContent.CATALOG);
		return publication.id();
	}

	@Transactional(readOnly = true)
	public List<PublicationSummary> publications() {
		return this.publications.findAllByOrderByPublishedAtDesc()
			.stream()
			.map(publication -> publication.summary(countEntries(publication.id())))
			.toList();
	}

	/** The publication that puts the procedure in force now, if any. */
	@Transactional(readOnly = true)
	public Optional<PublicationSummary> inForce(ProcedureId procedure) {
		return this.publications.findInForceFor(procedure.value(), LocalDate.now(this.clock.withZone(PortalTime.ZONE)))
			.map(publication -> publication.summary(countEntries(publication.id())));
	}

	private long countEntries(UUID publication) {
		Long count = this.jdbc.queryForObject("select count(*) from publication_entry where publication_id = ?",
				Long.class, publication);
		return (count == null) ? 0 : count;
	}

	private CatalogImportRow classify(ProcedureListFile.Line line, List<Agency> known,
			Map<String, Integer> firstLineOfCode) {
		String code = line.get(ProcedureListFile.Column.CODE);
		String name = line.get(ProcedureListFile.Column.NAME);
		String agencyText = line.get(ProcedureListFile.Column.AGENCY);
		AdminLevel level = adminLevel(line.get(ProcedureListFile.Column.LEVEL));
		ServiceLevel service = serviceLevel(line.get(ProcedureListFile.Column.SERVICE));
		String problem = null;
		if (code == null || name == null || agencyText == null) {
			problem = "import.row.missing";
		}
		else if (!CODE.matcher(code).matches()) {
			problem = "import.row.code";
		}
		else if (name.length() > 500) {
			problem = "import.row.nameTooLong";
		}
		else if (level == null) {
			problem = "import.row.level";
		}
		else if (service == null) {
			problem = "import.row.service";
		}
		else if (firstLineOfCode.containsKey(code.toUpperCase(Locale.ROOT))) {
			problem = "import.row.duplicate";
		}
		if (code != null && problem == null) {
			firstLineOfCode.put(code.toUpperCase(Locale.ROOT), line.number());
		}
		if (problem != null) {
			return new CatalogImportRow(line.number(), code, name, agencyText, null, level, service,
					ImportOutcome.MALFORMED, problem, null);
		}
		Optional<Agency> agency = find(agencyText, known);
		if (agency.isEmpty()) {
			return new CatalogImportRow(line.number(), code, name, agencyText, null, level, service,
					ImportOutcome.UNKNOWN, "import.row.agency", null);
		}
		Optional<Procedure> existing = this.procedures.findByCode(code);
		ImportOutcome outcome = existing.isEmpty() ? ImportOutcome.NEW
				: existing.get().sameAs(name, agency.get().id(), level, service) && existing.get().isAccepting()
						? ImportOutcome.UNCHANGED : ImportOutcome.CHANGED;
		return new CatalogImportRow(line.number(), code, name, agencyText, agency.get().id().value(), level, service,
				outcome, null, existing.map(procedure -> procedure.id().value()).orElse(null));
	}

	/** An agency named in the list: by its code, or by its name written with or without diacritics. */
	private static Optional<Agency> find(String text, List<Agency> known) {
		String folded = VietnameseText.fold(text);
		return known.stream()
			.filter(agency -> agency.code().equalsIgnoreCase(text.trim())
					|| VietnameseText.fold(agency.name()).equals(folded))
			.findFirst();
	}

	static AdminLevel adminLevel(String text) {
		if (text == null) {
			return null;
		}
		String folded = VietnameseText.fold(text);
		for (AdminLevel level : AdminLevel.values()) {
			if (folded.equalsIgnoreCase(level.name())) {
				return level;
			}
		}
		if (folded.matches("(cap )?tinh|1")) {
			return AdminLevel.PROVINCE;
		}
		if (folded.matches("(cap )?huyen|2")) {
			return AdminLevel.DISTRICT;
		}
		if (folded.matches("(cap )?xa|3")) {
			return AdminLevel.COMMUNE;
		}
		return null;
	}

	static ServiceLevel serviceLevel(String text) {
		if (text == null) {
			return null;
		}
		String folded = VietnameseText.fold(text);
		for (ServiceLevel level : ServiceLevel.values()) {
			if (folded.equalsIgnoreCase(level.name())) {
				return level;
			}
		}
		if (folded.matches("(dvc(tt)? |dich vu cong truc tuyen )?toan trinh|muc do 4|4")) {
			return ServiceLevel.FULL_ONLINE;
		}
		if (folded.matches("(dvc(tt)? |dich vu cong truc tuyen )?mot phan|muc do 3|3")) {
			return ServiceLevel.PARTIAL_ONLINE;
		}
		return null;
	}

}
