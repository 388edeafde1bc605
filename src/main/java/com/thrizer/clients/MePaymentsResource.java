package com.thrizer.clients;

import com.thrizer.api.generated.model.ChargeStatusDto;
import com.thrizer.charges.ChargeApiMapper;
import com.thrizer.charges.ChargeExport;
import com.thrizer.charges.ChargeFilter;
import com.thrizer.charges.ChargeService;
import com.thrizer.charges.ReceiptService;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.web.RequestMetadata;
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
    private final RequestMetadata request;

    MePaymentsResource(
            ChargeService charges,
            ChargeExport exports,
            ReceiptService receipts,
            ChargeApiMapper mapper,
            RequestMetadata request) {
        this.charges = charges;
        this.exports = exports;
        this.receipts = receipts;
        this.mapper = mapper;
        this.request = request;
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
        if (request.prefers("text/csv")) {
            return mapper.csvAttachment(exports.own(scope, filter), "payments.csv");
        }
        return Response.ok(mapper.toDto(charges.listOwn(scope, filter, PageRequest.of(limit, cursor))))
                .build();
    }

    Response get(ClientScope scope, UUID chargeId) {
        return Response.ok(mapper.toDto(charges.getOwn(scope, chargeId))).build();
    }

    Response receipt(ClientScope scope, UUID chargeId) {
        return Response.ok(receipts.own(scope, chargeId), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"receipt-" + chargeId + ".pdf\"")
                .build();
    }
}
