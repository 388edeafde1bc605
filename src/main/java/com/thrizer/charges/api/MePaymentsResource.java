package com.thrizer.charges.api;

import com.thrizer.api.generated.MePaymentsApi;
import com.thrizer.api.generated.model.ChargeStatusDto;
import com.thrizer.charges.documents.ReceiptService;
import com.thrizer.charges.domain.ChargeExport;
import com.thrizer.charges.domain.ChargeFilter;
import com.thrizer.charges.domain.ChargeService;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Roles;
import com.thrizer.shared.web.Attachments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;

/** The signed-in client's payments (their charges), their CSV export and receipts. */
@RolesAllowed(Roles.CLIENT)
public class MePaymentsResource implements MePaymentsApi {
    private final CallerContext callers;
    private final ChargeService charges;
    private final ChargeExport exports;
    private final ReceiptService receipts;
    private final ChargeApiMapper mapper;

    MePaymentsResource(
            CallerContext callers,
            ChargeService charges,
            ChargeExport exports,
            ReceiptService receipts,
            ChargeApiMapper mapper) {
        this.callers = callers;
        this.charges = charges;
        this.exports = exports;
        this.receipts = receipts;
        this.mapper = mapper;
    }

    @Override
    public Response listMyPayments(
            Integer limit, String cursor, UUID clinicianId, ChargeStatusDto status, LocalDate from, LocalDate to) {
        ChargeFilter filter = mapper.toFilter(null, clinicianId, null, status, null, from, to);
        return Response.ok(mapper.toDto(charges.listOwn(callers.clientScope(), filter, PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    public Response exportMyPayments(UUID clinicianId, ChargeStatusDto status, LocalDate from, LocalDate to) {
        ChargeFilter filter = mapper.toFilter(null, clinicianId, null, status, null, from, to);
        return mapper.csvAttachment(exports.own(callers.clientScope(), filter), "payments.csv");
    }

    @Override
    public Response getMyPayment(UUID chargeId) {
        return Response.ok(mapper.toDto(charges.getOwn(callers.clientScope(), chargeId)))
                .build();
    }

    @Override
    public Response getMyReceipt(UUID chargeId) {
        return Attachments.pdf(receipts.own(callers.clientScope(), chargeId), "receipt-" + chargeId + ".pdf");
    }
}
