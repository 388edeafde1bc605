package com.thrizer.charges.api;

import com.thrizer.api.generated.ChargesApi;
import com.thrizer.api.generated.model.ChargeDto;
import com.thrizer.api.generated.model.ChargeKindDto;
import com.thrizer.api.generated.model.ChargeStatusDto;
import com.thrizer.api.generated.model.CreateChargeRequestDto;
import com.thrizer.api.generated.model.CreateRefundRequestDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.api.generated.model.RefundDto;
import com.thrizer.api.generated.model.RetryChargeRequestDto;
import com.thrizer.charges.domain.ChargeExport;
import com.thrizer.charges.domain.ChargeFilter;
import com.thrizer.charges.domain.ChargeService;
import com.thrizer.charges.domain.RefundService;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Scopes;
import com.thrizer.shared.web.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;

public class ChargesResource implements ChargesApi {
    private final ChargeService charges;
    private final RefundService refunds;
    private final ChargeExport exports;
    private final ChargeApiMapper mapper;
    private final IdempotentRequests idempotency;

    ChargesResource(
            ChargeService charges,
            RefundService refunds,
            ChargeExport exports,
            ChargeApiMapper mapper,
            IdempotentRequests idempotency) {
        this.charges = charges;
        this.refunds = refunds;
        this.exports = exports;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed(Scopes.CHARGES_WRITE)
    public Response createCharge(String idempotencyKey, CreateChargeRequestDto body) {
        return idempotency.executeStepwise(idempotencyKey, body, () -> {
            ChargeDto charge = mapper.toDto(charges.create(mapper.toCommand(body), idempotencyKey));
            return Created.at("/v1/charges/" + charge.getId()).entity(charge).build();
        });
    }

    @Override
    @RolesAllowed(Scopes.CHARGES_WRITE)
    public Response retryCharge(UUID chargeId, String idempotencyKey, RetryChargeRequestDto body) {
        return idempotency.executeStepwise(idempotencyKey, body, () -> {
            ChargeDto charge = mapper.toDto(charges.retry(chargeId, body.getPaymentMethodId()));
            return Created.at("/v1/charges/" + charge.getId()).entity(charge).build();
        });
    }

    @Override
    @RolesAllowed(Scopes.CHARGES_READ)
    public Response getCharge(UUID chargeId) {
        return Response.ok(mapper.toDto(charges.get(chargeId))).build();
    }

    @Override
    @RolesAllowed(Scopes.CHARGES_READ)
    public Response listCharges(
            Integer limit,
            String cursor,
            UUID clientId,
            UUID clinicianId,
            PaymentTypeDto paymentType,
            ChargeStatusDto status,
            ChargeKindDto kind,
            LocalDate from,
            LocalDate to) {
        ChargeFilter filter = mapper.toFilter(clientId, clinicianId, paymentType, status, kind, from, to);
        return Response.ok(mapper.toDto(charges.list(filter, PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.CHARGES_READ)
    public Response exportCharges(
            UUID clientId,
            UUID clinicianId,
            PaymentTypeDto paymentType,
            ChargeStatusDto status,
            ChargeKindDto kind,
            LocalDate from,
            LocalDate to) {
        ChargeFilter filter = mapper.toFilter(clientId, clinicianId, paymentType, status, kind, from, to);
        return mapper.csvAttachment(exports.practice(filter), "charges.csv");
    }

    @Override
    @RolesAllowed(Scopes.REFUNDS_WRITE)
    public Response createRefund(UUID chargeId, String idempotencyKey, CreateRefundRequestDto body) {
        return idempotency.executeStepwise(idempotencyKey, body, () -> {
            RefundDto refund =
                    mapper.toDto(refunds.create(chargeId, body.getAmount(), mapper.toReason(body), idempotencyKey));
            return Response.status(Response.Status.CREATED).entity(refund).build();
        });
    }

    @Override
    @RolesAllowed(Scopes.CHARGES_READ)
    public Response listRefunds(UUID chargeId, Integer limit, String cursor) {
        return Response.ok(mapper.toRefundList(refunds.list(chargeId, PageRequest.of(limit, cursor))))
                .build();
    }
}
