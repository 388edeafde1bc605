package com.thrizer.claims.domain;

import com.thrizer.shared.money.Money;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.web.CsvPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV export of the practice's claims, a page at a time (constant memory). Amounts are decimal dollars. Ids,
 * codes and amounts only: no names, member ids or diagnoses.
 */
@ApplicationScoped
public class ClaimExport {
    static final List<String> COLUMNS = List.of(
            "claim_id",
            "filed_at",
            "service_date",
            "client_id",
            "clinician_id",
            "charge_id",
            "source",
            "payment_type",
            "status",
            "result",
            "cpt_code",
            "billed",
            "estimated_allowed",
            "estimated_reimbursement",
            "allowed",
            "deductible",
            "coinsurance",
            "paid",
            "client_reimbursement",
            "decision_date",
            "currency");

    private final ClaimService claims;

    ClaimExport(ClaimService claims) {
        this.claims = claims;
    }

    /** Writes the practice's claims matching the filter, newest first. */
    public void write(ClaimFilter filter, OutputStream out) {
        ClaimService.checkRanges(filter);
        CsvPages.write(
                out,
                COLUMNS,
                cursor -> claims.list(filter, PageRequest.of(PageRequest.MAX_LIMIT, cursor)),
                (csv, page) -> {
                    for (ClaimView v : page.data()) {
                        csv.printRecord(row(v));
                    }
                });
    }

    private static List<Object> row(ClaimView c) {
        List<Object> r = new ArrayList<>(COLUMNS.size());
        r.add(c.id());
        r.add(c.createdAt());
        r.add(c.serviceDate());
        r.add(c.clientId());
        r.add(c.providerId());
        r.add(c.chargeId());
        r.add(c.source());
        r.add(c.paymentType());
        r.add(c.status());
        r.add(c.result());
        r.add(c.cptCode());
        r.add(money(c.billedCents(), c));
        r.add(money(c.estimatedAllowedCents(), c));
        r.add(money(c.estimatedReimbursementCents(), c));
        r.add(money(c.allowedCents(), c));
        r.add(money(c.deductibleCents(), c));
        r.add(money(c.coinsuranceCents(), c));
        r.add(money(c.paidCents(), c));
        r.add(money(c.routedClientCents(), c));
        r.add(c.decisionDate());
        r.add(c.currency());
        return r;
    }

    private static String money(Long cents, ClaimView c) {
        return cents == null ? null : Money.of(cents, c.currency()).decimal();
    }
}
