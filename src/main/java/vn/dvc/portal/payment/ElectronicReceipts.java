package vn.dvc.portal.payment;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

import vn.dvc.portal.documents.DocumentMetadata;
import vn.dvc.portal.documents.DocumentStore;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.documents.FileFormat;
import vn.dvc.portal.documents.PersonalDocumentView;
import vn.dvc.portal.documents.StoredDocument;
import vn.dvc.portal.dossier.DossierPayments;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.shared.pdf.PdfFonts;
import vn.dvc.portal.shared.Dong;

/**
 * The electronic receipt (biên lai điện tử) of a paid order, as PDF: receipt number, payer, amount
 * in figures and words, procedure, dossier code and time. It is filed in the payer's document store
 * (kho dữ liệu), where the citizen finds it with their other papers.
 */
@Component
class ElectronicReceipts {

	static final String TYPE_CODE = "BIENLAI";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy")
		.withZone(PortalTime.ZONE);

	private final Documents documents;

	private final DocumentStore store;

	private final MessageSource messages;

	ElectronicReceipts(Documents documents, DocumentStore store, MessageSource messages) {
		this.documents = documents;
		this.store = store;
		this.messages = messages;
	}

	/** Draws the receipt and files it; absent when the payer has no ID number to file it under. */
	Optional<PersonalDocumentView> issue(PaymentOrder order, DossierPayments.Payable dossier, Instant paidAt) {
		byte[] pdf = draw(order, dossier, paidAt);
		StoredDocument file = this.documents.store(new Documents.Upload(new ByteArrayResource(pdf),
				"bien-lai-" + order.receiptNumber() + ".pdf", pdf.length, dossier.applicantId()), Set.of(FileFormat.PDF),
				this.documents.maxBytes(null));
		if (dossier.payerIdNumber() == null || dossier.payerName() == null) {
			return Optional.empty();
		}
		return Optional.of(this.store.addReceipt(file.id(),
				new DocumentMetadata(new DocumentMetadata.Owner(dossier.payerIdNumber(), dossier.payerName(), null, null,
						null), TYPE_CODE, text("payment.receipt.title") + " " + order.receiptNumber(),
						order.description() + " - " + amount(order.amountVnd()), PortalTime.dayOf(paidAt), null, null),
				order.dossierCode()));
	}

	byte[] draw(PaymentOrder order, DossierPayments.Payable dossier, Instant paidAt) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A5.rotate(), 40, 40, 32, 32);
		PdfWriter.getInstance(document, out);
		document.open();
		PdfPTable header = new PdfPTable(2);
		header.setWidthPercentage(100);
		header.addCell(cell(dossier.agencyName().toUpperCase(VIETNAMESE)));
		header.addCell(cell(text("paper.nation") + "\n" + text("paper.motto")));
		document.add(header);
		Paragraph title = new Paragraph(text("payment.receipt.title"), PdfFonts.bold(14));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingBefore(10);
		document.add(title);
		Paragraph number = new Paragraph(text("payment.receipt.number") + ": " + order.receiptNumber(), PdfFonts.regular(10));
		number.setAlignment(Element.ALIGN_CENTER);
		number.setSpacingAfter(10);
		document.add(number);
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put(text("payment.receipt.payer"), (dossier.payerName() != null) ? dossier.payerName() : "");
		facts.put(text("payment.receipt.purpose"), order.description());
		facts.put(text("dossier.list.procedure"), order.procedureName());
		facts.put(text("dossier.code"), order.dossierCode());
		facts.put(text("payment.receipt.amount"), amount(order.amountVnd()));
		facts.put(text("payment.receipt.inWords"), VietnameseAmounts.inWords(order.amountVnd()));
		facts.put(text("payment.receipt.channel"), text("payment.channel." + order.paidChannel().name()));
		facts.put(text("payment.receipt.paidAt"), TIME.format(paidAt));
		PdfPTable table = new PdfPTable(new float[] { 2, 5 });
		table.setWidthPercentage(100);
		facts.forEach((label, value) -> {
			table.addCell(new PdfPCell(new Phrase(label, PdfFonts.bold(10))));
			table.addCell(new PdfPCell(new Phrase(value, PdfFonts.regular(10))));
		});
		document.add(table);
		document.add(new Paragraph(text("payment.receipt.note"), PdfFonts.regular(8)));
		document.close();
		return out.toByteArray();
	}

	static String amount(long amountVnd) {
		return Dong.format(amountVnd) + " đồng";
	}

	private static PdfPCell cell(String text) {
		PdfPCell cell = new PdfPCell(new Phrase(text, PdfFonts.bold(9)));
		cell.setBorder(0);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		return cell;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, VIETNAMESE);
	}

}
