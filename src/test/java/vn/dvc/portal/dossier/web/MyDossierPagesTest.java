package vn.dvc.portal.dossier.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.dossier.Actor;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.OnlineDossiers;
import vn.dvc.portal.support.PortalServerTest;
import vn.dvc.portal.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Hồ sơ của tôi" put together from kept parts (MyDossierPages), over real HTTP: it is the page the
 * template renders whole (as it does when a message is carried over), it shows each viewer their own
 * name, dossiers and CSRF token and nothing of whoever was served before them, and the token it
 * writes is the session's own.
 */
@PortalServerTest
class MyDossierPagesTest {

	private static final Pattern MAIN = Pattern.compile("<main[^>]*>.*</main>", Pattern.DOTALL);

	private static final Pattern HEADER = Pattern.compile("<header.*</header>", Pattern.DOTALL);

	private static final String PASSWORD = "mot cau mat khau dai";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CitizenDossiers dossiers;

	@Autowired
	Catalog catalog;

	private ProcedureDetails procedure;

	private String suffix;

	@BeforeEach
	void procedure() {
		this.procedure = DossierForms.conferenceProcedure(this.catalog);
		this.suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
	}

	@Test
	void theAssembledPageIsTheTemplatesRenderWithEachViewersOwnPartsOnly() {
		PortalUser first = TestAccounts.activeCitizen(this.context, "Lê Thị <b>Ghép</b> & \"Một\" " + this.suffix, null);
		PortalUser second = TestAccounts.activeCitizen(this.context, "Trần Văn Hai " + this.suffix, null);
		List<String> firstCodes = new ArrayList<>();
		// Twenty-two: two pages, submitted ones and drafts, with and without a code.
		for (int i = 0; i < 22; i++) {
			if (i % 3 == 0) {
				draft(first, "nháp " + i);
			}
			else {
				firstCodes.add(OnlineDossiers.submit(this.dossiers, first, this.procedure,
						OnlineDossiers.ownContent(this.dossiers, first, "0912345678", "Hồ sơ " + i)).code());
			}
		}
		String secondCode = OnlineDossiers.submit(this.dossiers, second, this.procedure,
				OnlineDossiers.ownContent(this.dossiers, second, "0912345679", "Hồ sơ của người thứ hai")).code();
		UUID toDelete = draft(first, "nháp để xoá");

		Visitor firstVisitor = new Visitor(this.port);
		firstVisitor.logIn(first.getUsername(), PASSWORD);
		Visitor secondVisitor = new Visitor(this.port);
		secondVisitor.logIn(second.getUsername(), PASSWORD);

		// Deleting a draft carries a message over to the list, which is then rendered whole.
		String token = Visitor.csrfToken(firstVisitor.get("/my/dossiers").body());
		HttpResponse<String> deleted = firstVisitor.post("/my/dossiers/" + toDelete + "/delete", Map.of("_csrf", token));
		assertThat(deleted.statusCode()).isEqualTo(302);
		String rendered = firstVisitor.get("/my/dossiers").body();
		assertThat(rendered).contains("alert-success");
		String assembled = firstVisitor.get("/my/dossiers").body();
		assertThat(assembled).doesNotContain("alert-success").startsWith("<!DOCTYPE html>").endsWith("</html>\n");
		assertThat(main(assembled)).isEqualTo(main(rendered).replaceAll("(?s)[ \\t]*<div class=\"alert alert-success\".*?</div>\n", ""));
		assertThat(header(assembled)).isEqualTo(header(rendered));
		assertThat(rows(assembled)).isEqualTo(20);
		assertThat(assembled).contains("Lê Thị &lt;b&gt;Ghép&lt;/b&gt; &amp; &quot;Một&quot; " + this.suffix)
			.doesNotContain("<b>Ghép").contains("Chưa có mã (hồ sơ nháp)").contains("?page=1");
		String secondPageOfFirst = firstVisitor.get("/my/dossiers?page=1").body();
		assertThat(rows(secondPageOfFirst)).isEqualTo(2);
		List<String> shown = new ArrayList<>();
		for (String code : firstCodes) {
			if (assembled.contains(code) || secondPageOfFirst.contains(code)) {
				shown.add(code);
			}
		}
		assertThat(shown).isEqualTo(firstCodes);

		// The second citizen, served right after from the same kept parts, sees only their own.
		String secondPage = secondVisitor.get("/my/dossiers").body();
		assertThat(secondPage).contains("Trần Văn Hai " + this.suffix).contains(secondCode)
			.doesNotContain("Ghép").doesNotContain(firstCodes.get(0));
		assertThat(rows(secondPage)).isEqualTo(1);
		assertThat(assembled).doesNotContain(secondCode).doesNotContain("Trần Văn Hai");
		String firstToken = Visitor.csrfToken(assembled);
		String secondToken = Visitor.csrfToken(secondPage);
		assertThat(firstToken).isNotEqualTo(secondToken);

		// The token written into the logout form is the session's: logging out with it works.
		HttpResponse<String> loggedOut = secondVisitor.post("/logout", Map.of("_csrf", secondToken));
		assertThat(loggedOut.statusCode()).isEqualTo(302);
		assertThat(loggedOut.headers().firstValue("Location").orElse("")).doesNotContain("/login?error");
		assertThat(secondVisitor.get("/my/dossiers").statusCode()).isEqualTo(302);
		// And a token from someone else's page is refused.
		HttpResponse<String> foreign = firstVisitor.post("/logout", Map.of("_csrf", secondToken));
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(firstVisitor.get("/my/dossiers").statusCode()).isEqualTo(200);
	}

	@Test
	void aCitizenWithoutDossiersIsToldHowToStartInTheirLanguage() {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Người Mới " + this.suffix, null);
		Visitor visitor = new Visitor(this.port);
		visitor.logIn(citizen.getUsername(), PASSWORD);
		String page = visitor.get("/my/dossiers").body();
		assertThat(page).contains("Bạn chưa có hồ sơ nào").doesNotContain("id=\"my-dossiers\"").contains("Người Mới " + this.suffix);
		String english = visitor.get("/my/dossiers?lang=en").body();
		assertThat(english).doesNotContain("Bạn chưa có hồ sơ nào").contains("lang=\"en\"").contains("Người Mới " + this.suffix);
	}

	@Test
	void aFullPageHasNoNextPageAndOneDossierMoreMakesTheSecond() {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Phạm Văn Trang " + this.suffix, null);
		assertThat(this.dossiers.list(citizen.accountId(), 0).getTotalElements()).isZero();
		for (int i = 0; i < 20; i++) {
			draft(citizen, "nháp " + i);
		}
		Visitor visitor = new Visitor(this.port);
		visitor.logIn(citizen.getUsername(), PASSWORD);

		var full = this.dossiers.list(citizen.accountId(), 0);
		assertThat(full.getContent()).hasSize(20);
		assertThat(full.isLast()).isTrue();
		assertThat(full.getTotalPages()).isOne();
		String onePage = visitor.get("/my/dossiers").body();
		assertThat(rows(onePage)).isEqualTo(20);
		assertThat(onePage).doesNotContain("Trang sau");

		UUID newest = draft(citizen, "nháp thứ hai mươi mốt");
		var first = this.dossiers.list(citizen.accountId(), 0);
		var second = this.dossiers.list(citizen.accountId(), 1);
		assertThat(first.getContent()).hasSize(20);
		assertThat(first.getContent().get(0).id().value()).isEqualTo(newest);
		assertThat(first.isFirst()).isTrue();
		assertThat(first.hasNext()).isTrue();
		assertThat(second.getContent()).hasSize(1);
		assertThat(second.isLast()).isTrue();
		assertThat(second.hasPrevious()).isTrue();
		assertThat(this.dossiers.list(citizen.accountId(), 5).getContent()).isEmpty();
		String firstPage = visitor.get("/my/dossiers").body();
		String secondPage = visitor.get("/my/dossiers?page=1").body();
		assertThat(firstPage).contains("Trang sau").contains("/my/dossiers?page=1");
		assertThat(rows(secondPage)).isOne();
		assertThat(secondPage).contains("/my/dossiers?page=0");
	}

	private UUID draft(PortalUser citizen, String text) {
		return this.dossiers
			.saveDraft(Actor.of(citizen), this.procedure.id(), null, UUID.randomUUID(), null,
					OnlineDossiers.ownContent(this.dossiers, citizen, "0912345678", text), List.of(), Map.of(), Map.of())
			.id()
			.value();
	}

	private static int rows(String page) {
		Matcher links = Pattern.compile("<a href=\"/my/dossiers/[0-9a-f-]{36}\">").matcher(page);
		int count = 0;
		while (links.find()) {
			count++;
		}
		return count;
	}

	private static String main(String page) {
		return part(MAIN, page);
	}

	private static String header(String page) {
		// Each page has its own masked CSRF token.
		return part(HEADER, page).replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private static String part(Pattern pattern, String page) {
		Matcher part = pattern.matcher(page);
		assertThat(part.find()).as("the page has " + pattern).isTrue();
		// The template's comments and blocks leave lines of spaces where the kept parts have none.
		return part.group().replaceAll("(?m)^[ \\t]*\\n", "");
	}

}
