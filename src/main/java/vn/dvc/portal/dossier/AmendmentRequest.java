package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.Ids;
import vn.dvc.portal.shared.db.AssignedIdEntity;

/**
 * The request to amend a dossier (yêu cầu bổ sung). Its existence is the rule: a dossier has at
 * most one, ever; the aggregate refuses a second and the unique constraint
 * {@code amendment_request_dossier_uk} stands behind it.
 */
@Entity
@Table(name = "amendment_request")
class AmendmentRequest extends AssignedIdEntity {

	@Id
	private UUID id;

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	private Instant requestedAt;

	private UUID requestedBy;

	private String requestedByName;

	private String reason;

	private Instant answeredAt;

	private Integer pausedWorkingDays;

	/** What the citizen changed, one line per change, for the officer. */
	private String changes;

	@OneToMany(mappedBy = "amendment", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<AmendmentItem> items = new ArrayList<>();

	protected AmendmentRequest() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	AmendmentRequest(Dossier dossier, Actor officer, String reason, Instant now) {
		this.id = Ids.next();
		this.dossier = dossier;
		this.requestedAt = now;
		this.requestedBy = officer.accountId();
		this.requestedByName = officer.name();
		this.reason = reason;
	}

	void addDocument(UUID requirementId, String label) {
		this.items.add(new AmendmentItem(this, this.items.size() + 1, AmendmentItem.Kind.DOCUMENT, requirementId, null,
				label));
	}

	void addField(AmendableField field, String label) {
		this.items.add(new AmendmentItem(this, this.items.size() + 1, AmendmentItem.Kind.FIELD, null, field, label));
	}

	boolean isEmpty() {
		return this.items.isEmpty();
	}

	boolean names(UUID requirementId) {
		return this.items.stream().anyMatch(item -> requirementId.equals(item.requirementId()));
	}

	boolean names(AmendableField field) {
		return this.items.stream().anyMatch(item -> field == item.field());
	}

	/** The parts of the form the request reopened. */
	List<AmendableField> fields() {
		return this.items.stream().filter(item -> item.kind() == AmendmentItem.Kind.FIELD).map(AmendmentItem::field).toList();
	}

	boolean isAnswered() {
		return this.answeredAt != null;
	}

	void answer(Instant now, int pausedWorkingDays, List<String> changes) {
		this.answeredAt = now;
		this.pausedWorkingDays = pausedWorkingDays;
		this.changes = String.join("\n", changes);
	}

	Instant requestedAt() {
		return this.requestedAt;
	}

	AmendmentView view() {
		return new AmendmentView(this.requestedAt, this.requestedByName, this.reason,
				this.items.stream().filter(item -> item.kind() == AmendmentItem.Kind.DOCUMENT).map(AmendmentItem::requirementId).toList(),
				fields(),
				this.items.stream().map(AmendmentItem::label).toList(), this.answeredAt, this.pausedWorkingDays,
				(this.changes == null || this.changes.isBlank()) ? List.of() : List.of(this.changes.split("\n")));
	}

}
