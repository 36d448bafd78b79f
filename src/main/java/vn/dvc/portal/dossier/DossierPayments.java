package vn.dvc.portal.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.account.AccountDirectory;
import vn.dvc.portal.account.AccountId;
import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.Role;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.catalog.WorkingCalendar;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.shared.NotFoundException;
import vn.dvc.portal.shared.PortalTime;

/**
 * What the payment module needs of a dossier (issue 13): the facts to bill it, the officer's request
 * for a payment that stops the clock, and the news that the requested amount was paid. The payment
 * module keeps the money; the dossier keeps only its wait.
 */
@Service
@NamedInterface("api")
public class DossierPayments {

	/**
	 * A dossier as a payment order is made for it.
	 * @param feeVnd the procedure's fee (lệ phí) in the catalogue now
	 * @param payerIdNumber whose document store the receipt goes to: the applicant's login, else the
	 * submitter's ID number
	 */
	public record Payable(DossierId id, String code, UUID agencyId, String agencyName, String procedureName,
			DossierStatus status, UUID applicantId, String payerName, String payerIdNumber, long feeVnd,
			boolean onlinePaymentOffered, long version) {

		public boolean waitsForPayment() {
			return this.status == DossierStatus.PAYMENT_REQUESTED;
		}

		@Override
		public String toString() {
			return "Payable[" + this.id + ", " + this.status + "]";
		}

	}

	private final Dossiers dossiers;

	private final Catalog catalog;

	private final AccountDirectory accounts;

	private final WorkingCalendar calendar;

	private final Clock clock;

	DossierPayments(Dossiers dossiers, Catalog catalog, AccountDirectory accounts, WorkingCalendar calendar,
			Clock clock) {
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.accounts = accounts;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The citizen's own submitted dossier; anyone else's (and a draft) is absent. */
	@Transactional(readOnly = true)
	public Optional<Payable> ofApplicant(AccountId applicant, DossierId id) {
		return this.dossiers.findById(id.value())
			.filter(dossier -> dossier.isAppliedBy(applicant.value()))
			.filter(dossier -> dossier.status() != DossierStatus.DRAFT)
			.map(this::payable);
	}

	/** A dossier of the officer's agency; another agency's is absent. */
	@Transactional(readOnly = true)
	public Optional<Payable> atDesk(PortalUser officer, DossierId id) {
		if (officer.role() != Role.OFFICER || officer.agencyId().isEmpty()) {
			return Optional.empty();
		}
		return this.dossiers.findByIdAndAgencyId(id.value(), officer.agencyId().get())
			.filter(dossier -> dossier.status() != DossierStatus.DRAFT)
			.map(this::payable);
	}

	@Transactional(readOnly = true)
	public Optional<Payable> byId(DossierId id) {
		return this.dossiers.findById(id.value()).filter(dossier -> dossier.status() != DossierStatus.DRAFT).map(this::payable);
	}

	/**
	 * The officer asks for an amount with its reason; the dossier waits with its clock stopped and
	 * {@link vn.dvc.portal.dossier.events.PaymentRequested} tells the payment module and the citizen.
	 */
	@Transactional
	public void requestPayment(PortalUser officer, DossierId id, long version, long amountVnd, String reason) {
		Dossier dossier = this.dossiers.findByIdAndAgencyId(id.value(),
				officer.agencyId().orElseThrow(() -> new NotFoundException("Agency")))
			.orElseThrow(() -> new NotFoundException("Dossier"));
		if (officer.role() != Role.OFFICER) {
			throw new NotFoundException("Dossier");
		}
		if (dossier.version() != version) {
			throw new ObjectOptimisticLockingFailureException(Dossier.class, id.value());
		}
		dossier.requestPayment(Actor.of(officer), amountVnd,
				reason.trim(), this.clock.instant());
		this.dossiers.saveAndFlush(dossier);
	}

	/**
	 * The amount the dossier waited for was paid: it goes back where it was, its return date moved by
	 * the working days it waited. A dossier that was not waiting (a fee paid at filing) is unchanged.
	 */
	@Transactional
	public void paymentSettled(DossierId id, Actor payer, long amountVnd, boolean atCounter) {
		Dossier dossier = this.dossiers.findById(id.value()).orElseThrow(() -> new NotFoundException("Dossier"));
		if (dossier.status() != DossierStatus.PAYMENT_REQUESTED) {
			return;
		}
		Instant now = this.clock.instant();
		int paused = this.calendar.workingDaysBetween(PortalTime.dayOf(dossier.paymentRequestedAt()),
				PortalTime.dayOf(now));
		LocalDate newDueDate = this.calendar.addWorkingDays(dossier.dueDate(), paused);
		dossier.settlePayment(payer, amountVnd, atCounter, now, newDueDate);
		this.dossiers.save(dossier);
	}

	private Payable payable(Dossier dossier) {
		Optional<ProcedureDetails> procedure = this.catalog.procedure(new ProcedureId(dossier.procedureId()));
		Party payer = (dossier.submitter() != null) ? dossier.submitter() : dossier.owner();
		String idNumber = (dossier.applicantId() == null) ? null
				: this.accounts.citizen(new AccountId(dossier.applicantId()))
					.map(AccountDirectory.CitizenProfile::idNumber)
					.orElse(null);
		if (idNumber == null && payer != null) {
			idNumber = payer.idNumber();
		}
		return new Payable(dossier.id(), dossier.code().map(DossierCode::value).orElseThrow(), dossier.agencyId(),
				dossier.agencyName(), dossier.procedureName(), dossier.status(), dossier.applicantId(),
				(payer != null) ? payer.name() : null, idNumber,
				procedure.map(details -> details.summary().feeVnd()).orElse(0L),
				procedure.map(ProcedureDetails::onlinePaymentOffered).orElse(false), dossier.version());
	}

}
