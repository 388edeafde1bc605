package com.thrizer.clients;

import com.thrizer.api.generated.model.ChargeStatusDto;
import com.thrizer.charges.ChargeApiMapper;
import com.thrizer.charges.ChargeExport;
import com.thrizer.charges.ChargeFilter;
import com.thrizer.charges.ChargeService;
import com.thrizer.charges.ReceiptService;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.web.Attachments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The payments part of {@link MeResource} (which delegates to it): the client's charges, their CSV export and
 * receipts. Not a JAX-RS resource by itself.
 */
@ApplicationScoped
public class MePaymentsResource {
    private final ChargeService charges;
    private final ChargeExport exports;
    private final ReceiptService receipts;
    private final ChargeApiMapper mapper;

    MePaymentsResource(ChargeService charges, ChargeExport exports, ReceiptService receipts, ChargeApiMapper mapper) {
        this.charges = charges;
        this.exports = exports;
        this.receipts = receipts;
        this.mapper = mapper;
    }

    Response list(
            ClientScope scope,
            Integer limit,
            String cursor,
            UUID clinicianId,
            ChargeStatusDto status,
            LocalDate from,
            LocalDate to) {
        ChargeFilter filter = mapper.toFilter(null, clinicianId, null, status, null, from, to);
        return Response.ok(mapper.toDto(charges.listOwn(scope, filter, PageRequest.of(limit, cursor))))
                .build();
    }

    Response export(ClientScope scope, UUID clinicianId, ChargeStatusDto status, LocalDate from, LocalDate to) {
        ChargeFilter filter = mapper.toFilter(null, clinicianId, null, status, null, from, to);
        return mapper.csvAttachment(exports.own(scope, filter), "payments.csv");
    }

    Response get(ClientScope scope, UUID chargeId) {
        return Response.ok(mapper.toDto(charges.getOwn(scope, chargeId))).build();
    }

    Response receipt(ClientScope scope, UUID chargeId) {
        return Attachments.pdf(receipts.own(scope, chargeId), "receipt-" + chargeId + ".pdf");
    }
}
