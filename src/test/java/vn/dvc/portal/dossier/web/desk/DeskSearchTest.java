package vn.dvc.portal.dossier.web.desk;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.dossier.DeskDossiers;
import vn.dvc.portal.dossier.DeskQuery;
import vn.dvc.portal.dossier.DeskResults;
import vn.dvc.portal.shared.VietnameseText;
import vn.dvc.portal.support.DeskActions;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.DossierForms.Filed;
import vn.dvc.portal.support.OnlineDossiers;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The desk's search box: a whole code, an ID number or a phone number finds the dossier whatever
 * its state (and opens it when it is the only one); other text searches the open tab and says in
 * which other tabs there are matches.
 */
@PortalTest
class DeskSearchTest {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	CitizenDossiers citizenDossiers;

	@Autowired
	DeskDossiers desk;

	@Autowired
	MessageSource messages;

	private PortalUser officer;

	private PortalUser citizen;

	private String name;

	/** A phone number no other test gives. */
	private String phone;

	/** Received: in the "in progress" tab. */
	private Filed received;

	/** Submitted: in the "waiting" tab. */
	private Filed waiting;

	@BeforeEach
	void aPersonWithTwoDossiersInTwoTabs() throws Exception {
		this.officer = TestAccounts.staff(this.context, "canbo.songoaivu");
		int unique = ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
		this.name = "Phan Thị Tra Cứu " + unique;
		this.phone = String.format("098%07d", unique % 10_000_000);
		this.citizen = TestAccounts.activeCitizen(this.context, this.name, null);
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		this.received = OnlineDossiers.submit(this.citizenDossiers, this.citizen, procedure,
				OnlineDossiers.ownContent(this.citizenDossiers, this.citizen, this.phone, "Hội thảo thứ nhất"));
		DeskActions.receive(this.mvc, this.jdbc, this.officer, this.received.id());
		this.waiting = OnlineDossiers.submit(this.citizenDossiers, this.citizen, procedure,
				OnlineDossiers.ownContent(this.citizenDossiers, this.citizen, this.phone, "Hội thảo thứ hai"));
	}

	@Test
	void aWholeCodeOpensTheDossierWhicheverTabTheSearchWasIn() throws Exception {
		for (DeskQuery.Tab tab : new DeskQuery.Tab[] { DeskQuery.Tab.WAITING, DeskQuery.Tab.CLOSED, DeskQuery.Tab.ALL }) {
			search(tab, this.received.code()).andExpect(redirectedUrl("/desk/dossiers/" + this.received.id()));
		}
		// As an officer types it from a paper: lower case, spaces around.
		search(DeskQuery.Tab.WAITING, "  " + this.received.code().toLowerCase(Locale.ROOT) + " ")
			.andExpect(redirectedUrl("/desk/dossiers/" + this.received.id()));
		search(DeskQuery.Tab.IN_PROGRESS, this.waiting.code())
			.andExpect(redirectedUrl("/desk/dossiers/" + this.waiting.id()));
	}

	@Test
	void anIdNumberOrAPhoneNumberFindsThePersonsDossiersInEveryTab() throws Exception {
		String local = this.phone;
		String international = "+84 " + local.substring(1, 4) + " " + local.substring(4, 7) + " " + local.substring(7);
		String dotted = local.substring(0, 4) + "." + local.substring(4, 7) + "." + local.substring(7);
		for (String typed : new String[] { this.citizen.getUsername(), local, international, dotted }) {
			String page = page(search(DeskQuery.Tab.WAITING, typed));
			assertThat(page).as(typed).contains(this.received.code()).contains(this.waiting.code());
			assertThat(page).contains(text("desk.search.everyTab"))
				.contains(text("desk.search.inTab", text("desk.tab.WAITING"), 1))
				.contains(text("desk.search.inTab", text("desk.tab.IN_PROGRESS"), 1));
		}

		DeskResults results = this.desk.search(this.officer,
				new DeskQuery(DeskQuery.Tab.WAITING, international, null, null, null, null), 0);
		assertThat(results.everyTab()).isTrue();
		assertThat(results.query().tab()).isEqualTo(DeskQuery.Tab.ALL);
		assertThat(results.rows().getContent()).extracting(row -> row.code())
			.containsExactlyInAnyOrder(this.received.code(), this.waiting.code());
		assertThat(results.onlyMatch()).isEmpty();
	}

	@Test
	void aPhoneNumberWithOneDossierOpensIt() throws Exception {
		int unique = ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
		String phone = String.format("037%07d", unique % 10_000_000);
		PortalUser other = TestAccounts.activeCitizen(this.context, "Đỗ Văn Một " + unique, null);
		Filed only = OnlineDossiers.submit(this.citizenDossiers, other, DossierForms.conferenceProcedure(this.catalog),
				OnlineDossiers.ownContent(this.citizenDossiers, other, phone, "Hội thảo duy nhất"));
		DeskActions.receive(this.mvc, this.jdbc, this.officer, only.id());

		search(DeskQuery.Tab.WAITING, "+84" + phone.substring(1)).andExpect(redirectedUrl("/desk/dossiers/" + only.id()));
		search(DeskQuery.Tab.WAITING, other.getUsername()).andExpect(redirectedUrl("/desk/dossiers/" + only.id()));
	}

	@Test
	void aNameFoundOnlyInOtherTabsSaysWhichTabsHoldIt() throws Exception {
		// Typed without diacritics, as officers often do.
		String typed = VietnameseText.fold(this.name);

		String closed = page(search(DeskQuery.Tab.CLOSED, typed));
		assertThat(closed).contains(text("desk.count", 0))
			.contains(text("desk.search.onlyElsewhere", text("desk.tab.CLOSED")))
			.contains("name=\"tab\" value=\"WAITING\"")
			.contains("name=\"tab\" value=\"IN_PROGRESS\"")
			.contains(text("desk.search.inTab", text("desk.tab.WAITING"), 1))
			.contains(text("desk.search.inTab", text("desk.tab.IN_PROGRESS"), 1))
			.doesNotContain("/desk/dossiers/" + this.received.id());

		// In a tab that holds one of them, the page lists it and points to the other.
		String waitingTab = page(search(DeskQuery.Tab.WAITING, typed));
		assertThat(waitingTab).contains(text("desk.count", 1))
			.contains("/desk/dossiers/" + this.waiting.id())
			.doesNotContain("/desk/dossiers/" + this.received.id())
			.contains(text("desk.search.alsoElsewhere"))
			.contains(text("desk.search.inTab", text("desk.tab.IN_PROGRESS"), 1));

		// The buttons post the same search in the other tab.
		String inProgress = page(search(DeskQuery.Tab.IN_PROGRESS, typed));
		assertThat(inProgress).contains("/desk/dossiers/" + this.received.id())
			.doesNotContain("/desk/dossiers/" + this.waiting.id());
	}

	@Test
	void anotherAgencysOfficerFindsNothingAndLearnsNothing() throws Exception {
		PortalUser elsewhere = TestAccounts.staff(this.context, "canbo.sonoivu");
		for (String typed : new String[] { this.received.code(), this.phone, this.citizen.getUsername(),
				VietnameseText.fold(this.name) }) {
			String page = page(this.mvc.perform(post("/desk").param("tab", "WAITING")
				.param("text", typed)
				.with(user(elsewhere))
				.with(csrf())).andExpect(status().isOk()));
			// The search box repeats what was typed; the list has no row, and no tab is pointed to.
			assertThat(page).as(typed)
				.contains(text("desk.count", 0))
				.doesNotContain("/desk/dossiers/" + this.received.id())
				.doesNotContain("/desk/dossiers/" + this.waiting.id())
				.doesNotContain("id=\"search-elsewhere\"");
		}
	}

	private org.springframework.test.web.servlet.ResultActions search(DeskQuery.Tab tab, String text) throws Exception {
		return this.mvc.perform(post("/desk").param("tab", tab.name())
			.param("text", text)
			.with(user(this.officer))
			.with(csrf()));
	}

	private static String page(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
		return actions.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String text(String key, Object... arguments) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, arguments, VIETNAMESE), "UTF-8");
	}

}
