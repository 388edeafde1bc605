package com.thrizer.charges.domain;

import com.thrizer.charges.persistence.Refund;
import com.thrizer.charges.persistence.RefundRepository;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.web.CsvPages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * CSV exports of charges (with their refunds), written a page at a time so that any number of rows streams in
 * constant memory. Amounts are decimal dollars. Only what the list already shows: ids, codes and amounts, no names
 * or diagnoses.
 */
@ApplicationScoped
public class ChargeExport {
    private static final int PAGE = PageRequest.MAX_LIMIT;

    static final List<String> PRACTICE_COLUMNS = List.of(
            "record_type",
            "id",
            "charge_id",
            "created_at",
            "appointment_date",
            "client_id",
            "clinician_id",
            "payment_type",
            "kind",
            "status",
            "failure_code",
            "cpt_code",
            "session_fee",
            "card_amount",
            "client_fee",
            "thrizer_advance",
            "processing_fee",
            "clinician_net",
            "refunded",
            "refund_amount",
            "refund_reason",
            "currency");
    static final List<String> CLIENT_COLUMNS = List.of(
            "record_type",
            "id",
            "charge_id",
            "created_at",
            "appointment_date",
            "clinician_id",
            "payment_type",
            "kind",
            "status",
            "cpt_code",
            "session_fee",
            "card_amount",
            "client_fee",
            "refunded",
            "refund_amount",
            "refund_reason",
            "currency");

    private final ChargeService charges;
    private final RefundRepository refunds;

    ChargeExport(ChargeService charges, RefundRepository refunds) {
        this.charges = charges;
        this.refunds = refunds;
    }

    /** Something that writes itself to a stream (the HTTP layer streams it). */
    @FunctionalInterface
    public interface Csv {
        void writeTo(OutputStream out);
    }

    /** The practice's charges matching the filter, newest first, each followed by its refunds. */
    public Csv practice(ChargeFilter filter) {
        ChargeService.checkRange(filter);
        return out -> write(out, PRACTICE_COLUMNS, cursor -> charges.list(filter, PageRequest.of(PAGE, cursor)));
    }

    /** The signed-in client's own payments. */
    public Csv own(ClientScope scope, ChargeFilter filter) {
        ChargeService.checkRange(filter);
        return out ->
                write(out, CLIENT_COLUMNS, cursor -> charges.listOwn(scope, filter, PageRequest.of(PAGE, cursor)));
    }

    private void write(OutputStream out, List<String> columns, Function<String, Page<ChargeView>> pages) {
        CsvPages.write(out, columns, pages, (csv, page) -> {
            List<UUID> ids = page.data().stream().map(ChargeView::id).toList();
            Map<UUID, List<Refund>> refundsByCharge = QuarkusTransaction.requiringNew()
                    .call(() -> refunds.ofCharges(ids).stream().collect(Collectors.groupingBy(r -> r.chargeId)));
            for (ChargeView v : page.data()) {
                csv.printRecord(pick(columns, chargeRow(v)));
                for (Refund r : refundsByCharge.getOrDefault(v.id(), List.of())) {
                    csv.printRecord(pick(columns, refundRow(v, r)));
                }
            }
        });
    }

    private static List<Object> pick(List<String> columns, Map<String, Object> row) {
        List<Object> values = new ArrayList<>(columns.size());
        for (String column : columns) {
            values.add(row.get(column));
        }
        return values;
    }

    private static Map<String, Object> chargeRow(ChargeView c) {
        Map<String, Object> row = new HashMap<>();
        row.put("record_type", "charge");
        row.put("id", c.id());
        row.put("charge_id", c.id());
        row.put("created_at", c.createdAt());
        row.put("appointment_date", c.appointmentDate());
        row.put("client_id", c.clientId());
        row.put("clinician_id", c.clinicianId());
        row.put("payment_type", c.paymentType());
        row.put("kind", c.kind());
        row.put("status", c.status());
        row.put("failure_code", c.failureCode());
        row.put("cpt_code", c.cptCode());
        row.put("session_fee", money(c.sessionFeeCents(), c));
        row.put("card_amount", money(c.cardAmountCents(), c));
        row.put("client_fee", money(c.clientFeeCents(), c));
        row.put("thrizer_advance", money(c.advanceCents(), c));
        row.put("processing_fee", money(c.processingFeeCents(), c));
        row.put("clinician_net", money(c.netCents(), c));
        row.put("refunded", money(c.refundedCents(), c));
        row.put("currency", c.currency());
        return row;
    }

    private static Map<String, Object> refundRow(ChargeView c, Refund r) {
        Map<String, Object> row = new HashMap<>();
        row.put("record_type", "refund");
        row.put("id", r.id);
        row.put("charge_id", c.id());
        row.put("created_at", r.createdAt);
        row.put("appointment_date", c.appointmentDate());
        row.put("client_id", c.clientId());
        row.put("clinician_id", c.clinicianId());
        row.put("payment_type", c.paymentType());
        row.put("kind", c.kind());
        row.put("status", r.status);
        row.put("cpt_code", c.cptCode());
        row.put("refund_amount", money(r.amountCents, c));
        row.put("refund_reason", r.reason);
        row.put("currency", r.currency);
        return row;
    }

    private static String money(long cents, ChargeView c) {
        return Money.of(cents, c.currency()).decimal();
    }
}
