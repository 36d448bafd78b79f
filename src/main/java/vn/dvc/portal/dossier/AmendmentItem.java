package vn.dvc.portal.dossier;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.Ids;
import vn.dvc.portal.shared.db.AssignedIdEntity;

/** One thing an amendment request names: a document to replace or add, or a part of the form. */
@Entity
@Table(name = "amendment_item")
class AmendmentItem extends AssignedIdEntity {

	enum Kind {

		DOCUMENT, FIELD

	}

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "amendment_id")
	private AmendmentRequest amendment;

	private int position;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private UUID requirementId;

	private String field;

	private String label;

	protected AmendmentItem() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	AmendmentItem(AmendmentRequest amendment, int position, Kind kind, UUID requirementId, AmendableField field,
			String label) {
		this.id = Ids.next();
		this.amendment = amendment;
		this.position = position;
		this.kind = kind;
		this.requirementId = requirementId;
		this.field = (field != null) ? field.name() : null;
		this.label = label;
	}

	Kind kind() {
		return this.kind;
	}

	UUID requirementId() {
		return this.requirementId;
	}

	AmendableField field() {
		return (this.field != null) ? AmendableField.valueOf(this.field) : null;
	}

	String label() {
		return this.label;
	}

}
