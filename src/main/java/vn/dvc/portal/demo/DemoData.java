package vn.dvc.portal.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.account.AccountDirectory;
import vn.dvc.portal.account.Role;
import vn.dvc.portal.catalog.AgencyId;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.CatalogAdministration;
import vn.dvc.portal.catalog.NewAgency;
import vn.dvc.portal.catalog.NewProcedure;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.documents.FileFormat;
import vn.dvc.portal.documents.StoredDocument;
import vn.dvc.portal.shared.VietnameseText;
import vn.dvc.portal.shared.pdf.PdfFonts;

/**
 * Loads the demo catalogue and accounts on the default run. It only adds what is missing, so it is
 * safe on every start and on several copies starting at once; {@code dvc.demo.enabled=false} (the
 * {@code prod} profile) turns it off.
 */
@Component
@ConditionalOnProperty(name = "dvc.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** The advisory lock that one loading of the demo data holds at a time ("DVC-DEMO" in ASCII). */
	static final long LOCK = 0x4456_432D_4445_4D4FL;

	private final CatalogAdministration administration;

	private final Catalog catalog;

	private final AccountDirectory accounts;

	private final Documents documents;

	private final DemoProperties properties;

	private final JdbcTemplate jdbc;

	DemoData(CatalogAdministration administration, Catalog catalog, AccountDirectory accounts, Documents documents,
			DemoProperties properties, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.administration = administration;
		this.catalog = catalog;
		this.accounts = accounts;
		this.documents = documents;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// Two copies of the portal started together on an empty database would both find the
		// agencies missing and both insert them: the second waits here until the first has committed,
		// then finds everything in place.
		this.jdbc.queryForObject("select 1 from (select pg_advisory_xact_lock(?)) locked", Integer.class, LOCK);
		int added = 0;
		for (NewAgency agency : DemoCatalog.AGENCIES) {
			if (this.catalog.agencyByCode(agency.code()).isEmpty()) {
				this.administration.createAgency(agency);
				added++;
			}
		}
		for (DemoCatalog.DemoProcedure procedure : DemoCatalog.PROCEDURES) {
			if (this.administration.procedureByCode(procedure.code()).isEmpty()) {
				AgencyId agency = this.catalog.agencyByCode(procedure.agencyCode()).orElseThrow().id();
				ProcedureId id = this.administration.createProcedure(new NewProcedure(procedure.code(), procedure.name(),
						procedure.field(), agency, procedure.serviceLevel(), procedure.adminLevel(),
						procedure.processingDays(), procedure.feeVnd(), null, true,
						// A procedure with a fee takes it online (issue 13): full online needs it.
						procedure.feeVnd() > 0, procedure.legalBasis(),
						procedure.resultTypeCode(), procedure.requirements()));
				StoredDocument template = storeTemplate(procedure.name(), procedure.requirements().get(0).name());
				this.administration.attachTemplate(id, 1, template.id());
				for (int position = 2; position <= procedure.requirements().size(); position++) {
					NewProcedure.Requirement requirement = procedure.requirements().get(position - 1);
					if (requirement.acceptedFormats().contains(FileFormat.DOCX)) {
						this.administration.attachTemplate(id, position,
								storeWordTemplate(procedure.name(), requirement.name()).id());
					}
				}
				added++;
			}
		}
		added += staff("admin", "Quản trị hệ thống", Role.ADMIN, null);
		added += staff("canbo.songoaivu", "Cán bộ một cửa Sở Ngoại vụ", Role.OFFICER, DemoCatalog.SO_NGOAI_VU);
		added += staff("canbo.sonoivu", "Cán bộ một cửa Sở Nội vụ", Role.OFFICER, DemoCatalog.SO_NOI_VU);
		added += staff("canbo.tphatinh", "Cán bộ một cửa UBND thành phố Hà Tĩnh", Role.OFFICER, DemoCatalog.TP_HA_TINH);
		if (added > 0) {
			log.info("Demo data: {} agencies, procedures and accounts added", added);
		}
	}

	private int staff(String login, String name, Role role, String agencyCode) {
		if (this.accounts.exists(login)) {
			return 0;
		}
		AgencyId agency = (agencyCode != null) ? this.catalog.agencyByCode(agencyCode).orElseThrow().id() : null;
		this.accounts.createStaff(login, name, role, (agency != null) ? agency.value() : null, null,
				this.properties.password());
		return 1;
	}

	/** A blank form to download from the procedure's page, as agencies publish them. */
	private StoredDocument storeTemplate(String procedureName, String documentName) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, pdf);
		document.open();
		document.add(new Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", PdfFonts.bold(12)));
		document.add(new Paragraph("Độc lập - Tự do - Hạnh phúc", PdfFonts.bold(11)));
		document.add(new Paragraph(" ", PdfFonts.regular(11)));
		document.add(new Paragraph("MẪU: " + documentName.toUpperCase(), PdfFonts.bold(13)));
		document.add(new Paragraph("Thủ tục: " + procedureName, PdfFonts.regular(11)));
		document.add(new Paragraph(" ", PdfFonts.regular(11)));
		for (String line : new String[] { "Tên tổ chức, cá nhân: ........................................",
				"Địa chỉ: ........................................", "Số điện thoại: ....................",
				"Nội dung đề nghị: ........................................" }) {
			document.add(new Paragraph(line, PdfFonts.regular(11)));
		}
		document.close();
		byte[] bytes = pdf.toByteArray();
		return this.documents.store(new Documents.Upload(new ByteArrayResource(bytes), "mau-" + slug(documentName) + ".pdf",
				bytes.length, null), Set.of(FileFormat.PDF), bytes.length);
	}

	/** A Word form to download, fill in and upload again, as many procedures give theirs. */
	private StoredDocument storeWordTemplate(String procedureName, String documentName) {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			for (String line : new String[] { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
					"MẪU: " + documentName.toUpperCase(), "Thủ tục: " + procedureName, "",
					"Tên tổ chức, cá nhân: ........................................",
					"Nội dung: ........................................" }) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(docx);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] bytes = docx.toByteArray();
		return this.documents.store(new Documents.Upload(new ByteArrayResource(bytes),
				"mau-" + slug(documentName) + ".docx", bytes.length, null), Set.of(FileFormat.DOCX), bytes.length);
	}

	private static String slug(String text) {
		String folded = VietnameseText.fold(text).replaceAll("[^a-z0-9]+", "-");
		folded = folded.replaceAll("(^-|-$)", "");
		return (folded.length() > 60) ? folded.substring(0, 60) : folded;
	}

}
