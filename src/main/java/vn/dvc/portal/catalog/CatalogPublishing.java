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

	private final OpenDossiers openDossiers;

	CatalogPublishing(CatalogImports imports, Publications publications, Procedures procedures, Agencies agencies,
			ProcedureRevisions revisions, JdbcTemplate jdbc, PublicContent publicContent, Clock clock,
			OpenDossiers openDossiers) {
		this.openDossiers = openDossiers;
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
		AgencyNames known = AgencyNames.of(this.agencies.findAll());
		Map<String, Integer> firstLineOfCode = new HashMap<>();
		for (ProcedureListFile.Line line : reading.lines()) {
			imported.add(classify(line, known, firstLineOfCode));
		}
		return this.imports.save(imported).id();
	}

	/**
	 * What the list would change, and, while it waits to be published, which procedures publishing
	 * would stop, with how many dossiers are still open under each.
	 */
	@Transactional(readOnly = true)
	public ImportPreview preview(UUID importId) {
		CatalogImport imported = this.imports.findWithRowsById(importId).orElseThrow(() -> new NotFoundException("Import"));
		AgencyNames known = AgencyNames.of(this.agencies.findAll());
		List<ImportPreview.Stop> stops = List.of();
		if (imported.isPreview()) {
			List<Procedure> leftOut = leftOut(imported);
			Map<ProcedureId, Long> open = leftOut.isEmpty() ? Map.of()
					: this.openDossiers.count(leftOut.stream().map(Procedure::id).toList());
			stops = leftOut.stream()
				.map(Procedure::summary)
				.map(procedure -> new ImportPreview.Stop(procedure.id(), procedure.code(), procedure.name(),
						procedure.agency().name(), open.getOrDefault(procedure.id(), 0L)))
				.toList();
		}
		return imported.preview(row -> candidates(row, known), stops);
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
			Set<ProcedureId> confirmedStops, String by) {
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
		// Stopping procedures is what a complete yearly list means, and what a partial list does by
		// mistake: the administrator confirms the very procedures the preview named.
		List<Procedure> leftOut = leftOut(imported);
		Set<ProcedureId> stopping = leftOut.stream().map(Procedure::id).collect(java.util.stream.Collectors.toSet());
		if (!stopping.isEmpty() && (confirmedStops == null || confirmedStops.isEmpty())) {
			throw new PublicationRefusedException("import.publish.stopsNotConfirmed");
		}
		if (!stopping.isEmpty() && !stopping.equals(confirmedStops)) {
			throw new PublicationRefusedException("import.publish.stopsChanged");
		}
		Instant now = this.clock.instant();
		// Flushed at once: the entries below are inserted with plain SQL and reference it.
		Publication publication = this.publications.saveAndFlush(new Publication(decisionNumber.trim(), decisionDate,
				effectiveFrom, by, imported.id(), now));
		for (CatalogImportRow row : imported.rows()) {
			Agency agency = this.agencies.findById(row.agencyId()).orElseThrow();
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
			this.jdbc.update("insert into publication_entry (publication_id, procedure_id, service_level, admin_level) "
					+ "values (?, ?, ?, ?)", publication.id(), procedure.id().value(), row.serviceLevel().name(),
					row.adminLevel().name());
		}
		for (Procedure procedure : leftOut) {
			procedure.stopAccepting();
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

	/**
	 * The procedures that publishing the list stops: accepting dossiers, of an agency the list names,
	 * with a code the list does not give. Rows only add or reopen procedures, so this is the same
	 * before publishing and after.
	 */
	private List<Procedure> leftOut(CatalogImport imported) {
		Set<UUID> covered = new HashSet<>();
		Set<String> listedCodes = new HashSet<>();
		for (CatalogImportRow row : imported.rows()) {
			if (row.agencyId() != null) {
				covered.add(row.agencyId());
			}
			if (row.code() != null) {
				listedCodes.add(row.code());
			}
		}
		if (covered.isEmpty()) {
			return List.of();
		}
		return this.procedures.findAcceptingOf(covered)
			.stream()
			.filter(procedure -> !listedCodes.contains(procedure.code()))
			.toList();
	}

	/** For a row whose agency is ambiguous, the agencies it could mean, as "name (code)". */
	private static List<String> candidates(CatalogImportRow row, AgencyNames known) {
		if (row.outcome() != ImportOutcome.AMBIGUOUS
				|| !(known.find(row.agencyText()) instanceof AgencyNames.Match.Ambiguous ambiguous)) {
			return List.of();
		}
		return ambiguous.candidates().stream().map(agency -> agency.name() + " (" + agency.code() + ")").toList();
	}

	private CatalogImportRow classify(ProcedureListFile.Line line, AgencyNames known,
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
		AgencyNames.Match match = known.find(agencyText);
		if (match instanceof AgencyNames.Match.Ambiguous) {
			return new CatalogImportRow(line.number(), code, name, agencyText, null, level, service,
					ImportOutcome.AMBIGUOUS, "import.row.agencyAmbiguous", null);
		}
		if (!(match instanceof AgencyNames.Match.Found found)) {
			return new CatalogImportRow(line.number(), code, name, agencyText, null, level, service,
					ImportOutcome.UNKNOWN, "import.row.agency", null);
		}
		Optional<Agency> agency = Optional.of(found.agency());
		Optional<Procedure> existing = this.procedures.findByCode(code);
		ImportOutcome outcome = existing.isEmpty() ? ImportOutcome.NEW
				: existing.get().sameAs(name, agency.get().id(), level, service) && existing.get().isAccepting()
						? ImportOutcome.UNCHANGED : ImportOutcome.CHANGED;
		return new CatalogImportRow(line.number(), code, name, agencyText, agency.get().id().value(), level, service,
				outcome, null, existing.map(procedure -> procedure.id().value()).orElse(null));
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
