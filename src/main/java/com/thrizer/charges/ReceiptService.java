package com.thrizer.charges;

import com.thrizer.benefits.BenefitsClients;
import com.thrizer.benefits.ClientFacts;
import com.thrizer.practices.PracticeService;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.team.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Receipts of a client's payments, as PDF (Apache PDFBox). Only succeeded charges have one. */
@ApplicationScoped
public class ReceiptService {
    private final ChargeService charges;
    private final BenefitsClients clients;
    private final PracticeService practices;
    private final TeamService team;

    ReceiptService(ChargeService charges, BenefitsClients clients, PracticeService practices, TeamService team) {
        this.charges = charges;
        this.clients = clients;
        this.practices = practices;
        this.team = team;
    }

    /** The receipt of one of the signed-in client's payments (the read is audited). */
    @Transactional
    public byte[] own(ClientScope scope, UUID chargeId) {
        ChargeView view = charges.getOwn(scope, chargeId);
        Charge c = view.charge();
        if (c.status != Charge.Status.SUCCEEDED) {
            throw new RuleViolationException("receipt_unavailable", "Only a succeeded payment has a receipt.");
        }
        ClientFacts client = clients.own(scope);
        String clinician =
                team.namesInPractice(scope.practiceId(), List.of(c.clinicianId)).getOrDefault(c.clinicianId, "");
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Receipt number", c.id.toString()});
        lines.add(new String[] {
            "Date paid", c.createdAt.atZone(ZoneOffset.UTC).toLocalDate().toString()
        });
        lines.add(new String[] {"Paid to", practices.nameOf(scope.practiceId())});
        lines.add(new String[] {"Provider", clinician});
        lines.add(new String[] {"Client", client.firstName() + " " + client.lastName()});
        lines.add(new String[] {"Date of service", c.appointmentDate.toString()});
        lines.add(new String[] {"Service (CPT)", c.cptCode});
        lines.add(new String[] {"Payment type", label(c)});
        lines.add(new String[] {"Session fee", usd(c.sessionFeeCents, c)});
        if (c.clientFeeCents > 0) {
            lines.add(new String[] {"Thrizer client fee", usd(c.clientFeeCents, c)});
        }
        lines.add(new String[] {
            "Charged to " + view.cardBrand() + " ending " + view.cardLast4(), usd(c.cardAmountCents, c)
        });
        if (c.refundedCents > 0) {
            lines.add(new String[] {"Refunded", "-" + usd(c.refundedCents, c)});
            lines.add(new String[] {"Total paid", usd(c.cardAmountCents - c.refundedCents, c)});
        }
        return pdf("Payment receipt", lines);
    }

    private static String label(Charge c) {
        String type = switch (c.paymentType) {
            case SELF_PAY -> "Self-Pay";
            case OON_PAY -> "OON Pay";
            case THRIZER_PAY -> "Thrizer Pay";
        };
        return switch (c.kind) {
            case SESSION -> type + " session";
            case NO_SHOW_FEE -> type + " no-show fee";
            case LATE_CANCELLATION_FEE -> type + " late-cancellation fee";
        };
    }

    private static String usd(long cents, Charge c) {
        return "$" + Money.of(cents, c.currency).decimal();
    }

    private static byte[] pdf(String title, List<String[]> lines) {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("Thrizer");
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 720;
                cs.beginText();
                cs.setFont(bold, 20);
                cs.newLineAtOffset(72, y);
                cs.showText(title);
                cs.endText();
                y -= 40;
                for (String[] line : lines) {
                    text(cs, bold, 72, y, line[0]);
                    text(cs, regular, 300, y, line[1]);
                    y -= 20;
                }
                text(
                        cs,
                        regular,
                        72,
                        y - 20,
                        "Thrizer processes payments for your provider. Keep this receipt for your records.");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, 11);
        cs.newLineAtOffset(x, y);
        cs.showText(encodable(font, text));
        cs.endText();
    }

    /** The standard fonts cover Western European text; anything else prints as '?'. */
    private static String encodable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
