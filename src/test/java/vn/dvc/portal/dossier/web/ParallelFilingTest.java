package vn.dvc.portal.dossier.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.documents.DocumentsProperties;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A double click must never hurt: the same form posted by ten real threads at once, against the
 * real PostgreSQL, makes one dossier with each uploaded file attached once, and every post answers
 * as the first did. And a submission is one transaction: when its last step fails, nothing of it is
 * kept, not even a draft.
 */
@PortalTest
class ParallelFilingTest {

	private static final int POSTS = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DocumentsProperties documentsProperties;

	private ProcedureDetails procedure;

	private PortalUser citizen;

	@BeforeEach
	void citizen() {
		this.procedure = DossierForms.conferenceProcedure(this.catalog);
		this.citizen = TestAccounts.activeCitizen(this.context, "Lê Thị Song Song",
				"song-" + UUID.randomUUID() + "@example.com");
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	/** Posts the same request from ten threads released together; returns every result. */
	private List<MvcResult> postTogether(Callable<MockMultipartHttpServletRequestBuilder> request) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(POSTS);
		CountDownLatch ready = new CountDownLatch(POSTS);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<MvcResult>> posts = new ArrayList<>();
			for (int i = 0; i < POSTS; i++) {
				MockMultipartHttpServletRequestBuilder builder = request.call();
				posts.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					return this.mvc.perform(builder).andReturn();
				}));
			}
			ready.await();
			go.countDown();
			List<MvcResult> results = new ArrayList<>();
			for (Future<MvcResult> post : posts) {
				results.add(post.get());
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void tenParallelSubmitsOfOneNewFormMakeOneDossierWithEachFileOnceAndTheSameAnswer() throws Exception {
		UUID formKey = UUID.randomUUID();
		byte[] pdf = TestFiles.pdf();

		List<MvcResult> results = postTogether(() -> DossierForms.withMandatoryFiles(
				DossierForms.newForm(this.citizen, this.procedure, formKey, "submit"), this.procedure, "don.pdf", pdf));

		assertThat(count("select count(*) from dossier where form_key = ?", formKey)).isOne();
		UUID id = this.jdbc.queryForObject("select id from dossier where form_key = ?", UUID.class, formKey);
		String code = this.jdbc.queryForObject("select code from dossier where id = ? and status = 'SUBMITTED'",
				String.class, id);
		assertThat(code).isNotNull();
		for (MvcResult result : results) {
			assertThat(result.getResponse().getStatus()).as("answer to a parallel post").isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/dossiers/" + id);
			assertThat(result.getFlashMap().get("submittedCode")).isEqualTo(code);
		}
		int mandatory = DossierForms.mandatory(this.procedure).size();
		assertThat(count("select count(*) from dossier_attachment where dossier_id = ?", id)).isEqualTo(mandatory);
		assertThat(count("select count(distinct requirement_id) from dossier_attachment where dossier_id = ?", id))
			.isEqualTo(mandatory);
		assertThat(count("select count(*) from stored_file where owner_id = ?", this.citizen.accountId().value()))
			.as("files stored, the replays' copies removed").isEqualTo(mandatory);
		assertThat(count("select count(*) from dossier_transition where dossier_id = ? and to_status = 'SUBMITTED'", id))
			.isOne();
	}

	@Test
	void tenParallelSubmitsOfOneSavedDraftGiveOneCodeAndAddNoFile() throws Exception {
		DossierForms.Filed draft = DossierForms.draft(this.mvc, this.citizen, this.procedure, "don.pdf", TestFiles.pdf());
		byte[] again = distinct(TestFiles.pdf());

		List<MvcResult> results = postTogether(() -> DossierForms.withMandatoryFiles(
				DossierForms.editForm(this.citizen, this.procedure, draft.id(), "submit"), this.procedure, "them.pdf",
				again));

		String code = this.jdbc.queryForObject("select code from dossier where id = ? and status = 'SUBMITTED'",
				String.class, draft.id());
		for (MvcResult result : results) {
			assertThat(result.getResponse().getStatus()).as("answer to a parallel post").isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/dossiers/" + draft.id());
			assertThat(result.getFlashMap().get("submittedCode")).isEqualTo(code);
		}
		// The first post added its own files to the draft's; the nine replays added nothing.
		int mandatory = DossierForms.mandatory(this.procedure).size();
		assertThat(count("select count(*) from dossier_attachment where dossier_id = ?", draft.id()))
			.isEqualTo(2 * mandatory);
	}

	@Test
	void tenParallelSavesOfOneNewFormKeepEachFileOnce() throws Exception {
		UUID formKey = UUID.randomUUID();
		byte[] pdf = TestFiles.pdf();

		List<MvcResult> results = postTogether(() -> DossierForms.withMandatoryFiles(
				DossierForms.newForm(this.citizen, this.procedure, formKey, "save"), this.procedure, "don.pdf", pdf));

		UUID id = this.jdbc.queryForObject("select id from dossier where form_key = ?", UUID.class, formKey);
		for (MvcResult result : results) {
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/dossiers/" + id + "/edit");
		}
		int mandatory = DossierForms.mandatory(this.procedure).size();
		assertThat(count("select count(*) from dossier_attachment where dossier_id = ?", id)).isEqualTo(mandatory);
		assertThat(count("select count(*) from stored_file where owner_id = ?", this.citizen.accountId().value()))
			.isEqualTo(mandatory);
	}

	@Test
	void aSubmissionWhoseLastStepFailsKeepsNothingNotEvenADraft() throws Exception {
		// The database itself refuses the submission's history row, one of the last things a
		// submission writes, for this form only.
		UUID formKey = UUID.randomUUID();
		this.jdbc.execute("""
				create or replace function test_refuse_submission() returns trigger language plpgsql as $$
				begin
				  if new.to_status = 'SUBMITTED' and exists (select 1 from dossier where id = new.dossier_id
				      and form_key = '%s') then
				    raise exception 'refused by the test';
				  end if;
				  return new;
				end $$""".formatted(formKey));
		this.jdbc.execute("create trigger test_refuse_submission before insert on dossier_transition "
				+ "for each row execute function test_refuse_submission()");
		Path root = this.documentsProperties.storageDirectory().toAbsolutePath().normalize();
		long filesBefore = filesIn(root);
		try {
			MvcResult result = this.mvc.perform(DossierForms.withMandatoryFiles(
					DossierForms.newForm(this.citizen, this.procedure, formKey, "submit"),
					this.procedure, "don.pdf", TestFiles.pdf()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isNotEqualTo(302);
		}
		catch (Exception ex) {
			// An unexpected database error may also surface as the exception itself.
		}
		finally {
			this.jdbc.execute("drop trigger test_refuse_submission on dossier_transition");
			this.jdbc.execute("drop function test_refuse_submission()");
		}

		assertThat(count("select count(*) from dossier where form_key = ?", formKey)).as("dossier rows").isZero();
		assertThat(count("select count(*) from stored_file where owner_id = ?", this.citizen.accountId().value()))
			.as("file rows")
			.isZero();
		assertThat(filesIn(root)).as("files in the store").isEqualTo(filesBefore);
	}

	/** Other bytes than any PDF made before, still a PDF. */
	private static byte[] distinct(byte[] pdf) {
		byte[] tail = ("\n% " + UUID.randomUUID() + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] copy = java.util.Arrays.copyOf(pdf, pdf.length + tail.length);
		System.arraycopy(tail, 0, copy, pdf.length, tail.length);
		return copy;
	}

	private static long filesIn(Path root) throws Exception {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).filter(path -> !path.toString().contains("/tmp/uploads/")).count();
		}
	}

}
