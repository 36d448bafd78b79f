package vn.dvc.portal.dossier;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.Role;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.shared.NotFoundException;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.shared.pdf.PdfFonts;

/**
 * The papers of the one-stop desk, as PDF: the receipt with the appointment to return the result
 * ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", form 01 of Circular 01/2018/TT-VPCP) and the letter of
 * apology with a new date ("Phiếu xin lỗi và hẹn lại ngày trả kết quả", form 04). They are drawn
 * from the dossier as it stands, for the citizen who filed it and for the agency's officers.
 */
@Service
public class DossierPapers {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
		.withZone(PortalTime.ZONE);

	private final Dossiers dossiers;

	private final Catalog catalog;

	private final Documents documents;

	private final MessageSource messages;

	DossierPapers(Dossiers dossiers, Catalog catalog, Documents documents, MessageSource messages) {
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.documents = documents;
		this.messages = messages;
	}

	/** The receipt of a received dossier; absent before receipt. */
	@Transactional(readOnly = true)
	public byte[] receipt(PortalUser user, DossierId id) {
		Dossier dossier = readable(user, id);
		if (dossier.receivedAt() == null) {
			throw new NotFoundException("Receipt");
		}
		DossierView view = DossierViews.of(dossier, this.catalog, this.documents);
		return pdf(document -> {
			heading(document, view.agencyName(), text("paper.receipt.title"));
			Map<String, String> facts = new LinkedHashMap<>();
			facts.put(text("dossier.code"), view.code());
			facts.put(text("dossier.list.procedure"), view.procedureName());
			facts.put(text("paper.submitter"), view.submitter() != null ? view.submitter().name() : "");
			facts.put(text("paper.owner"), view.owner() != null ? view.owner().name() : "");
			facts.put(text("dossier.phone"), view.submitter() != null && view.submitter().phone() != null ? view.submitter().phone() : "");
			facts.put(text("dossier.channel"), text("dossier.channel." + view.channel().name()));
			facts.put(text("paper.receivedAt"), DATE_TIME.format(view.dates().receivedAt()));
			facts.put(text("paper.dueDate"), DATE.format(view.dates().originalDueDate()));
			if (view.dates().dueDateMoved()) {
				facts.put(text("paper.dueDateMoved"), DATE.format(view.dates().dueDate()));
			}
			facts.put(text("paper.return"), view.postalReturn() ? text("paper.return.postal") : text("paper.return.counter"));
			table(document, facts);
			document.add(new Paragraph(text("paper.documents"), PdfFonts.bold(11)));
			int n = 1;
			for (DossierView.Document file : view.documents()) {
				document.add(new Paragraph(n++ + ". " + file.requirementName() + " (" + file.fileName() + ")",
						PdfFonts.regular(10)));
			}
			document.add(new Paragraph(" ", PdfFonts.regular(10)));
			document.add(new Paragraph(text("paper.receipt.note"), PdfFonts.regular(9)));
		});
	}

	/** A letter of apology of the dossier. */
	@Transactional(readOnly = true)
	public byte[] apology(PortalUser user, DossierId id, UUID letterId) {
		Dossier dossier = readable(user, id);
		ApologyLetter letter = dossier.apologies()
			.stream()
			.filter(candidate -> candidate.id().equals(letterId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Apology"));
		DossierView.Apology view = letter.view();
		return pdf(document -> {
			heading(document, dossier.agencyName(), text("paper.apology.title"));
			document.add(new Paragraph(text("paper.apology.to",
					dossier.submitter() != null ? dossier.submitter().name() : dossier.owner().name()), PdfFonts.regular(11)));
			document.add(new Paragraph(text("paper.apology.body", dossier.code().orElseThrow().value(),
					dossier.procedureName(), DATE.format(dossier.dueDate())), PdfFonts.regular(11)));
			document.add(new Paragraph(text("paper.apology.reason", view.reason()), PdfFonts.regular(11)));
			document.add(new Paragraph(text("paper.apology.newDate", DATE.format(view.newReturnDate())),
					PdfFonts.bold(11)));
			document.add(new Paragraph(text("paper.apology.closing"), PdfFonts.regular(11)));
			document.add(new Paragraph(DATE_TIME.format(view.issuedAt()) + " - " + view.issuedBy(), PdfFonts.regular(9)));
		});
	}

	private Dossier readable(PortalUser user, DossierId id) {
		return this.dossiers.findById(id.value())
			.filter(dossier -> DossierFiles.mayRead(user, dossier))
			.filter(dossier -> user.role() != Role.CITIZEN || dossier.status() != DossierStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("Dossier"));
	}

	private void heading(Document document, String agency, String title) {
		PdfPTable header = new PdfPTable(2);
		header.setWidthPercentage(100);
		header.addCell(cell(agency.toUpperCase(VIETNAMESE), PdfFonts.bold(10)));
		header.addCell(cell(text("paper.nation") + "\n" + text("paper.motto"), PdfFonts.bold(10)));
		document.add(header);
		Paragraph heading = new Paragraph(title, PdfFonts.bold(14));
		heading.setAlignment(Element.ALIGN_CENTER);
		heading.setSpacingBefore(16);
		heading.setSpacingAfter(12);
		document.add(heading);
	}

	private static void table(Document document, Map<String, String> facts) {
		PdfPTable table = new PdfPTable(new float[] { 2, 5 });
		table.setWidthPercentage(100);
		table.setSpacingAfter(10);
		facts.forEach((label, value) -> {
			table.addCell(new PdfPCell(new Phrase(label, PdfFonts.bold(10))));
			table.addCell(new PdfPCell(new Phrase(value, PdfFonts.regular(10))));
		});
		document.add(table);
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setBorder(0);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		return cell;
	}

	private interface Content {

		void write(Document document);

	}

	private static byte[] pdf(Content content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 48, 48);
		PdfWriter.getInstance(document, out);
		document.open();
		content.write(document);
		document.close();
		return out.toByteArray();
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

}
