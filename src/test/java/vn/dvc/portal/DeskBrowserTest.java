package vn.dvc.portal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.catalog.WorkingCalendar;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.dossier.DossierContent;
import vn.dvc.portal.dossier.Party;
import vn.dvc.portal.dossier.PostalRecipient;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.support.BrowserTest;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.OnlineDossiers;
import vn.dvc.portal.support.PortalBrowser;
import vn.dvc.portal.support.TestFiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-stop-shop officer's day in a real Chromium, with the citizen on the other side in a
 * browser of their own: receive an online dossier, ask once for an amendment, see what the citizen
 * changed, resolve and return the result by post; and a paper dossier digitised at the counter whose
 * scans the citizen then reuses from the personal store. Only the starting point (an account, a
 * submitted dossier) is made through the services; every step a person takes is taken in the page.
 */
@BrowserTest
class DeskBrowserTest {

	/** The demo officer of Sở Ngoại vụ, the agency of {@link DossierForms#conferenceProcedure}. */
	static final String OFFICER_LOGIN = "canbo.songoaivu";

	static final String OFFICER_NAME = "Cán bộ một cửa Sở Ngoại vụ";

	/** The password of every demo account ({@code dvc.demo.password}). */
	static final String DEMO_PASSWORD = "demo12345";

	/** The password {@link TestAccounts#activeCitizen} gives every citizen it creates. */
	static final String CITIZEN_PASSWORD = "mot cau mat khau dai";

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	Catalog catalog;

	@Autowired
	CitizenDossiers citizenDossiers;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path files;

	@Test
	void officerReceivesAsksOnceForAnAmendmentResolvesAndPostsTheResultWhileTheCitizenFollows(Page officer,
			PortalBrowser browser) throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		RequirementDetails proposal = DossierForms.mandatory(procedure).get(0);
		RequirementDetails plan = DossierForms.mandatory(procedure).get(1);
		String citizenName = "Nguyễn Thị Hòa";
		PortalUser citizen = TestAccounts.activeCitizen(this.context, citizenName,
				"hoa." + UUID.randomUUID() + "@example.com");
		String idNumber = citizen.getUsername();
		Submitted dossier = submitOnline(citizen, procedure, "Lê Văn Khánh", "0988745896");

		// The officer sees the new dossier in the queue, and opens it by typing its code.
		logIn(officer, OFFICER_LOGIN, DEMO_PASSWORD, "/desk$");
		assertThat(officer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text("desk.title"))))
			.isVisible();
		officer.getByLabel(text("desk.search.text")).fill(dossier.code());
		officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("desk.search.submit")).setExact(true))
			.click();
		assertThat(officer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(dossier.code());
		assertThat(status(officer)).hasText(text("dossier.status.SUBMITTED"));
		assertThat(officer.locator("main")).containsText(citizenName);

		// Receiving asks the officer to check the applicant's identity first.
		Locator receiveForm = officer.locator("#receive-form");
		assertThat(receiveForm).containsText(idNumber);
		officer.getByLabel(text("desk.receive.identity")).check();
		button(officer, "desk.receive.submit").click();
		assertThat(officer.getByRole(AriaRole.STATUS)).hasText(text("desk.received"));
		assertThat(status(officer)).hasText(text("dossier.status.RECEIVED"));
		Locator dueDate = officer.locator("#due-date");
		assertThat(dueDate).hasText(Pattern.compile("\\d{2}/\\d{2}/\\d{4}"));
		LocalDate originalDueDate = LocalDate.parse(dueDate.locator("span").first().textContent().trim(), DAY);

		// The citizen, in a browser of their own, sees the dossier received and takes the receipt.
		Page person = browser.newAnonymousPage();
		logIn(person, idNumber, CITIZEN_PASSWORD, "/my/dossiers$");
		openOwnDossier(person, dossier.code());
		assertThat(status(person)).hasText(text("dossier.status.RECEIVED"));
		assertThat(person.locator("#due-date")).containsText(DAY.format(originalDueDate));
		Download receipt = person.waitForDownload(() -> person
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("dossier.receipt.download")))
			.click());
		assertThat(receipt.suggestedFilename()).isEqualTo("giay-tiep-nhan-ho-so.pdf");
		byte[] receiptPdf = Files.readAllBytes(receipt.path());
		assertThat(new String(receiptPdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdfText(receiptPdf)).contains(dossier.code()).contains(DAY.format(originalDueDate));

		// The officer asks, once, for a better plan of the conference.
		String reason = "Đề án chưa nêu nguồn kinh phí tổ chức hội thảo";
		officer.getByLabel(plan.name(), new Page.GetByLabelOptions().setExact(true)).check();
		officer.getByLabel(text("desk.amendment.reason")).fill(reason);
		button(officer, "desk.amendment.submit").click();
		assertThat(officer.getByRole(AriaRole.STATUS)).hasText(text("desk.amendmentRequested"));
		assertThat(status(officer)).hasText(text("dossier.status.AMENDMENT_REQUESTED"));
		assertThat(officer.getByText(text("desk.waitingForCitizen"))).isVisible();
		Locator request = officer.locator("#amendment-request");
		assertThat(request).containsText(text("dossier.amendment.reason", reason));
		assertThat(request.getByRole(AriaRole.LISTITEM)).hasText(new String[] { plan.name() });
		assertThat(button(officer, "desk.amendment.submit")).hasCount(0);

		// The citizen answers a week later: the days spent waiting do not count.
		waitedSinceTheRequest(dossier.id(), 7);
		person.reload();
		Locator todo = person.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
			.setHasText(text("dossier.amendment.todo")));
		assertThat(todo).isVisible();
		assertThat(person.locator("#amendment-request")).containsText(reason);
		assertThat(person.locator("#amendment-request").getByRole(AriaRole.LISTITEM)).hasText(new String[] { plan.name() });
		todo.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("dossier.amendment.start"))).click();
		assertThat(person.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(text("dossier.amend.title"));
		// Only the named document can be changed.
		assertThat(person.getByLabel(proposal.name())).hasCount(0);
		Locator planInput = person.getByLabel(plan.name());
		assertThat(planInput).hasAttribute("type", "file");
		person.getByLabel(text("dossier.amend.replace")).check();
		planInput.setInputFiles(pdf("de-an-bo-sung.pdf"));
		button(person, "dossier.amend.submit").click();
		assertThat(person).hasURL(Pattern.compile("/my/dossiers/" + dossier.id() + "$"));
		assertThat(person.getByRole(AriaRole.STATUS)).hasText(text("dossier.amended"));
		assertThat(status(person)).hasText(text("dossier.status.RECEIVED"));

		// The officer sees what changed, and the return date moved by the working days waited.
		int waited = this.calendar.workingDaysBetween(PortalTime.dayOf(Instant.now()).minusDays(7),
				PortalTime.dayOf(Instant.now()));
		LocalDate movedDueDate = this.calendar.addWorkingDays(originalDueDate, waited);
		officer.reload();
		assertThat(status(officer)).hasText(text("dossier.status.RECEIVED"));
		assertThat(officer.locator("#amendment-changes").getByRole(AriaRole.LISTITEM)).hasText(new String[] { plan.name() });
		assertThat(request).containsText(text("dossier.amendment.changes"));
		String answered = text("dossier.amendment.answered", "\u0000", waited);
		assertThat(request).containsText(answered.substring(answered.indexOf('\u0000') + 1));
		assertThat(officer.locator("#due-date")).containsText(DAY.format(movedDueDate));
		assertThat(officer.locator("#due-date"))
			.containsText(text("dossier.dueDate.moved", DAY.format(originalDueDate)));
		Locator amendedRow = officer.locator("#dossier-documents").getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText("de-an-bo-sung.pdf"));
		assertThat(amendedRow).containsText(plan.name());
		assertThat(amendedRow).containsText(text("dossier.documents.amended"));
		// The one request is used: it is no longer offered, and the page says why.
		assertThat(button(officer, "desk.amendment.submit")).hasCount(0);
		assertThat(officer.locator("#amendment-used")).hasText(text("desk.amendment.used"));

		// Processing, the result, and the return by post.
		button(officer, "desk.process.submit").click();
		assertThat(officer.getByRole(AriaRole.STATUS)).hasText(text("desk.processing"));
		assertThat(status(officer)).hasText(text("dossier.status.IN_PROGRESS"));
		officer.getByLabel(text("desk.resolve.files")).setInputFiles(pdf("giay-phep-hoi-thao.pdf"));
		officer.getByLabel(text("desk.resolve.note")).fill("Đồng ý cho phép tổ chức hội thảo");
		button(officer, "desk.resolve.submit").click();
		assertThat(officer.getByRole(AriaRole.STATUS)).hasText(text("desk.resolved"));
		assertThat(status(officer)).hasText(text("dossier.status.RESOLVED"));
		assertThat(officer.getByLabel(text("dossier.returnMethod.POSTAL"))).isChecked();
		String postalItem = "RR" + idNumber.substring(3) + "VN";
		LocalDate dispatched = PortalTime.dayOf(Instant.now());
		officer.getByLabel(text("dossier.postalItemNumber")).fill(postalItem);
		// The form proposes today as the dispatch date; the officer posts it today.
		assertThat(officer.getByLabel(text("dossier.dispatchDate"))).hasValue(dispatched.toString());
		button(officer, "desk.return.submit").click();
		assertThat(officer.getByRole(AriaRole.STATUS)).hasText(text("desk.returned"));
		assertThat(status(officer)).hasText(text("dossier.status.RETURNED"));
		assertThat(officer.locator("#postal-item"))
			.hasText(postalItem + " (" + text("dossier.dispatchDate") + " " + DAY.format(dispatched) + ")");
		assertThat(officer.getByText(text("desk.noActions"))).isVisible();

		// The citizen sees every step and the result, with its document code.
		person.reload();
		assertThat(status(person)).hasText(text("dossier.status.RETURNED"));
		assertThat(person.locator("#postal-item")).containsText(postalItem);
		assertThat(person.locator("main")).containsText("(" + text("dossier.returnMethod.POSTAL") + ")");
		Locator result = person.locator("#dossier-results").getByRole(AriaRole.LISTITEM);
		assertThat(result).hasCount(1);
		assertThat(result.getByRole(AriaRole.LINK)).hasText("giay-phep-hoi-thao.pdf");
		assertThat(result).containsText(idNumber);
		Locator steps = person.locator("#dossier-history > li > .fw-semibold");
		assertThat(steps).hasText(new String[] { text("dossier.history.DRAFT"), text("dossier.history.SUBMITTED"),
				text("dossier.history.RECEIVED"), text("dossier.history.AMENDMENT_REQUESTED"),
				text("dossier.history.AMENDED"), text("dossier.history.IN_PROGRESS"), text("dossier.history.RESOLVED"),
				text("dossier.history.RETURNED") });
		Locator history = person.locator("#dossier-history");
		assertThat(history).containsText(reason);
		assertThat(history).containsText(OFFICER_NAME);
		assertThat(history).containsText("Đồng ý cho phép tổ chức hội thảo");
	}

	@Test
	void officerDigitisesAPaperDossierAndTheOwnerReusesAScanFromTheStoreOnline(Page officer, PortalBrowser browser)
			throws IOException {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		RequirementDetails proposal = DossierForms.mandatory(procedure).get(0);
		RequirementDetails plan = DossierForms.mandatory(procedure).get(1);
		RequirementDetails guests = optional(procedure);
		String citizenName = "Đặng Văn Phúc";
		PortalUser citizen = TestAccounts.activeCitizen(this.context, citizenName,
				"phuc." + UUID.randomUUID() + "@example.com");
		String idNumber = citizen.getUsername();
		String planSummary = "Đề án hội thảo hợp tác du lịch Việt - Lào " + idNumber.substring(6);

		// At the counter: the officer looks the person up by ID number and digitises the paper dossier.
		logIn(officer, OFFICER_LOGIN, DEMO_PASSWORD, "/desk$");
		officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("intake.title"))).click();
		assertThat(officer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text("intake.title"));
		officer.getByLabel(text("dossier.list.procedure")).selectOption(procedure.id().value().toString());
		assertThat(officer.getByLabel(text("dossier.channel.COUNTER"), new Page.GetByLabelOptions().setExact(true))).isChecked();
		officer.getByLabel(text("intake.idNumber")).fill(idNumber);
		button(officer, "intake.continue").click();
		assertThat(officer.getByText(text("intake.accountFound"))).isVisible();
		// Only what confirms the person's identity is shown; the contact details come from the paper form.
		assertThat(officer.getByText(text("intake.identity", citizenName, "1990"))).isVisible();
		Locator submitter = group(officer, text("dossier.submitter"));
		assertThat(submitter.getByLabel(text("dossier.name"))).hasValue(citizenName);
		assertThat(submitter.getByLabel(text("dossier.phone"))).isEmpty();
		submitter.getByLabel(text("dossier.phone")).fill("0912 345 678");
		submitter.getByLabel(text("dossier.address")).fill("Số 1 Trần Phú, thành phố Hà Tĩnh");
		assertThat(officer.getByLabel(text("dossier.owner.same"))).isChecked();
		officer.getByLabel(text("dossier.content.label")).fill("Đề nghị cho phép tổ chức hội thảo hợp tác du lịch");
		Locator scans = group(officer, text("intake.scans"));
		Locator proposalScan = scan(scans, proposal);
		proposalScan.getByLabel(proposal.name()).setInputFiles(pdf("van-ban-de-nghi-scan.pdf"));
		proposalScan.getByLabel(text("intake.meta.summary")).fill("Văn bản đề nghị ngày 02/6");
		Locator planScan = scan(scans, plan);
		assertThat(planScan.getByLabel(text("intake.meta.typeCode")))
			.hasValue(procedure.summary().code() + ".TP" + plan.position());
		assertThat(planScan.getByLabel(text("intake.meta.name"))).hasValue(plan.name());
		planScan.getByLabel(plan.name()).setInputFiles(pdf("de-an-scan.pdf"));
		planScan.getByLabel(text("intake.meta.summary")).fill(planSummary);
		planScan.getByLabel(text("intake.meta.validFrom")).fill("2025-01-01");
		planScan.getByLabel(text("intake.meta.validUntil")).fill("2030-12-31");
		planScan.getByLabel(text("intake.meta.scope")).fill("Tỉnh Hà Tĩnh");
		// The guest list, photographed: a picture, which that document accepts and the plan does not.
		scan(scans, guests).getByLabel(guests.name()).setInputFiles(png("danh-sach-khach.png"));
		button(officer, "intake.submit").click();

		assertThat(officer.getByRole(AriaRole.STATUS)).hasText(text("intake.done"));
		assertThat(status(officer)).hasText(text("dossier.status.RECEIVED"));
		String paperCode = officer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent().trim();
		assertThat(paperCode).matches("\\d{3}\\.\\d{2}\\.\\d{2}\\.H27-\\d{6}-\\d{4}");
		assertThat(officer.locator("main")).containsText(text("dossier.channel.COUNTER"));
		assertThat(officer.locator("#dossier-documents").getByRole(AriaRole.ROW)).hasCount(4);

		// The owner finds the scans in the personal store...
		Page person = browser.newAnonymousPage();
		logIn(person, idNumber, CITIZEN_PASSWORD, "/my/dossiers$");
		mainNavigation(person).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("layout.nav.store")))
			.click();
		Locator stored = person.locator("#store-documents").getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(planSummary));
		assertThat(stored).hasCount(1);
		assertThat(stored).containsText(plan.name());
		assertThat(stored).containsText(text("store.kind.DIGITISED"));
		assertThat(stored).containsText(text("store.dossierCode", paperCode));
		assertThat(stored).containsText("31/12/2030");
		assertThat(stored).containsText("Tỉnh Hà Tĩnh");

		// ...and files a new online dossier, uploading one document and picking the other from the store.
		person.navigate("/procedures/" + procedure.id().value());
		person.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("procedure.apply"))).click();
		assertThat(person.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(text("dossier.form.title"));
		person.getByLabel(text("dossier.content.label")).fill("Đề nghị tổ chức hội thảo du lịch lần hai");
		person.getByLabel(proposal.name()).setInputFiles(pdf("van-ban-de-nghi-moi.pdf"));
		Locator planPicker = requirement(person, plan).getByLabel(text("dossier.store.pick"));
		Locator storedOption = planPicker.getByRole(AriaRole.OPTION)
			.filter(new Locator.FilterOptions().setHasText("de-an-scan.pdf"));
		assertThat(storedOption).hasCount(1);
		assertThat(storedOption).hasText(plan.name() + " – de-an-scan.pdf");
		// The store offers for each document only what that document accepts: no picture for the plan.
		Locator planOptions = planPicker.getByRole(AriaRole.OPTION);
		assertThat(planOptions).hasCount(3);
		assertThat(planOptions.first()).hasText(text("dossier.store.none"));
		assertThat(planOptions.filter(new Locator.FilterOptions().setHasText(".png"))).hasCount(0);
		assertThat(planOptions.filter(new Locator.FilterOptions().setHasText("van-ban-de-nghi-scan.pdf")))
			.hasText(proposal.name() + " – van-ban-de-nghi-scan.pdf");
		assertThat(requirement(person, guests).getByLabel(text("dossier.store.pick")).getByRole(AriaRole.OPTION)
			.filter(new Locator.FilterOptions().setHasText("danh-sach-khach.png"))).hasCount(1);
		planPicker.selectOption(storedOption.getAttribute("value"));
		button(person, "dossier.action.submit").click();

		assertThat(person).hasURL(Pattern.compile("/my/dossiers/[0-9a-f-]{36}$"));
		assertThat(person.getByRole(AriaRole.STATUS)).containsText(text("dossier.submitted.title"));
		String onlineCode = person.locator("#dossier-code").textContent().trim();
		assertThat(onlineCode).isNotEqualTo(paperCode);
		assertThat(status(person)).hasText(text("dossier.status.SUBMITTED"));
		Locator documents = person.locator("#dossier-documents").getByRole(AriaRole.ROW);
		assertThat(documents).hasCount(3);
		assertThat(documents.filter(new Locator.FilterOptions().setHasText("de-an-scan.pdf"))).containsText(plan.name());
		assertThat(documents.filter(new Locator.FilterOptions().setHasText("van-ban-de-nghi-moi.pdf")))
			.containsText(proposal.name());
	}

	/** A dossier the citizen filed online, with postal return, as the form would have saved it. */
	private Submitted submitOnline(PortalUser citizen, ProcedureDetails procedure, String recipientName,
			String recipientPhone) {
		Party submitter = this.citizenDossiers.submitterOf(citizen.accountId());
		DossierContent content = new DossierContent(submitter, submitter,
				"Đề nghị cho phép tổ chức hội thảo quốc tế về du lịch biển", true,
				new PostalRecipient(recipientName, recipientPhone, "Thôn Trung Sơn, xã Kỳ Sơn", "Tỉnh Hà Tĩnh"));
		DossierForms.Filed filed = OnlineDossiers.submit(this.citizenDossiers, citizen, procedure, content);
		return new Submitted(filed.id(), filed.code());
	}

	/** Moves the amendment request back in time, as if the citizen had taken that many days to answer. */
	private void waitedSinceTheRequest(UUID dossierId, int days) {
		int updated = this.jdbc.update(
				"update amendment_request set requested_at = requested_at - make_interval(days => ?) where dossier_id = ?",
				days, dossierId);
		assertThat(updated).isEqualTo(1);
	}

	private record Submitted(UUID id, String code) {
	}

	private static void openOwnDossier(Page page, String code) {
		Locator row = page.locator("#my-dossiers").getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(code));
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(code)).click();
		assertThat(page).hasURL(Pattern.compile("/my/dossiers/[0-9a-f-]{36}$"));
	}

	private static void logIn(Page page, String login, String password, String landing) {
		page.navigate("/login");
		page.getByLabel("Số CMND/CCCD hoặc tên đăng nhập").fill(login);
		page.getByLabel("Mật khẩu").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		assertThat(page).hasURL(Pattern.compile(landing));
	}

	/** The dossier's state as its facts list shows it. */
	private static Locator status(Page page) {
		return page.locator("main .status-badge").first();
	}

	private Locator button(Page page, String key) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text(key)).setExact(true));
	}

	private static Locator mainNavigation(Page page) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính"));
	}

	private static Locator group(Page page, String legend) {
		return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
	}

	/** The scan block of one document on the intake form. */
	private static Locator scan(Locator scans, RequirementDetails requirement) {
		return scans.locator(".scan").filter(new Locator.FilterOptions()
			.setHas(scans.page().getByLabel(requirement.name()).and(scans.page().locator("input[type=file]"))));
	}

	/** The block of one document on the dossier form. */
	private static Locator requirement(Page page, RequirementDetails requirement) {
		return page.locator(".requirement").filter(new Locator.FilterOptions()
			.setHas(page.getByLabel(requirement.name()).and(page.locator("input[type=file]"))));
	}

	private static String pdfText(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

	private static RequirementDetails optional(ProcedureDetails procedure) {
		return procedure.requirements().stream().filter(requirement -> !requirement.mandatory()).findFirst().orElseThrow();
	}

	/** A small real PNG, like a phone's photo of a paper. */
	private Path png(String name) throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		Path file = this.files.resolve(name);
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

	private Path pdf(String name) throws IOException {
		return Files.write(this.files.resolve(name), TestFiles.pdf());
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

}
