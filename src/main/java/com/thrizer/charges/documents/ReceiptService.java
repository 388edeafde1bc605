package com.thrizer.charges.documents;

import com.thrizer.benefits.domain.BenefitsClients;
import com.thrizer.benefits.domain.ClientFacts;
import com.thrizer.charges.domain.ChargeService;
import com.thrizer.charges.domain.ChargeView;
import com.thrizer.charges.persistence.Charge;
import com.thrizer.practices.PracticeService;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.team.domain.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
        ChargeView c = charges.getOwn(scope, chargeId);
        if (c.status() != Charge.Status.SUCCEEDED) {
            throw new RuleViolationException("receipt_unavailable", "Only a succeeded payment has a receipt.");
        }
        ClientFacts client = clients.own(scope);
        String clinician = team.namesInPractice(scope.practiceId(), List.of(c.clinicianId()))
                .getOrDefault(c.clinicianId(), "");
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Receipt number", c.id().toString()});
        lines.add(new String[] {
            "Date paid", c.createdAt().atZone(ZoneOffset.UTC).toLocalDate().toString()
        });
        lines.add(new String[] {"Paid to", practices.nameOf(scope.practiceId())});
        lines.add(new String[] {"Provider", clinician});
        lines.add(new String[] {"Client", client.firstName() + " " + client.lastName()});
        lines.add(new String[] {"Date of service", c.appointmentDate().toString()});
        lines.add(new String[] {"Service (CPT)", c.cptCode()});
        lines.add(new String[] {"Payment type", label(c)});
        lines.add(new String[] {"Session fee", usd(c.sessionFeeCents(), c)});
        if (c.clientFeeCents() > 0) {
            lines.add(new String[] {"Thrizer client fee", usd(c.clientFeeCents(), c)});
        }
        lines.add(
                new String[] {"Charged to " + c.cardBrand() + " ending " + c.cardLast4(), usd(c.cardAmountCents(), c)});
        if (c.refundedCents() > 0) {
            lines.add(new String[] {"Refunded", "-" + usd(c.refundedCents(), c)});
            lines.add(new String[] {"Total paid", usd(c.cardAmountCents() - c.refundedCents(), c)});
        }
        return pdf("Payment receipt", lines);
    }

    private static String label(ChargeView c) {
        String type = switch (c.paymentType()) {
            case SELF_PAY -> "Self-Pay";
            case OON_PAY -> "OON Pay";
            case THRIZER_PAY -> "Thrizer Pay";
        };
        return switch (c.kind()) {
            case SESSION -> type + " session";
            case NO_SHOW_FEE -> type + " no-show fee";
            case LATE_CANCELLATION_FEE -> type + " late-cancellation fee";
        };
    }

    private static String usd(long cents, ChargeView c) {
        return PdfWriter.usd(cents, c.currency());
    }

    private static byte[] pdf(String title, List<String[]> lines) {
        try (PdfWriter pdf = new PdfWriter(title)) {
            lines.forEach(line -> pdf.row(line[0], line[1]));
            pdf.note("Thrizer processes payments for your provider. Keep this receipt for your records.");
            return pdf.bytes();
        }
    }
}
