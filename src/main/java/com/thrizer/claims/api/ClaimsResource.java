package com.thrizer.claims.api;

import com.thrizer.api.generated.ClaimsApi;
import com.thrizer.api.generated.model.ChargeKindDto;
import com.thrizer.api.generated.model.ClaimResultDto;
import com.thrizer.api.generated.model.ClaimSourceDto;
import com.thrizer.api.generated.model.ClaimStatusDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.claims.domain.ClaimExport;
import com.thrizer.claims.domain.ClaimFilter;
import com.thrizer.claims.domain.ClaimService;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;

public class ClaimsResource implements ClaimsApi {
    private final ClaimService claims;
    private final ClaimExport export;
    private final ClaimApiMapper mapper;

    ClaimsResource(ClaimService claims, ClaimExport export, ClaimApiMapper mapper) {
        this.claims = claims;
        this.export = export;
        this.mapper = mapper;
    }

    @Override
    @RolesAllowed(Scopes.CLAIMS_READ)
    public Response getClaim(UUID claimId) {
        return Response.ok(mapper.toDto(claims.get(claimId))).build();
    }

    @Override
    @RolesAllowed(Scopes.CLAIMS_READ)
    public Response listClaims(
            Integer limit,
            String cursor,
            UUID clientId,
            UUID clinicianId,
            PaymentTypeDto paymentType,
            ChargeKindDto chargeKind,
            ClaimSourceDto source,
            ClaimStatusDto status,
            ClaimResultDto result,
            LocalDate from,
            LocalDate to,
            LocalDate filedFrom,
            LocalDate filedTo) {
        ClaimFilter filter = mapper.toFilter(
                clientId, clinicianId, paymentType, chargeKind, source, status, result, from, to, filedFrom, filedTo);
        return Response.ok(mapper.toDto(claims.list(filter, PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.CLAIMS_READ)
    public Response exportClaims(
            UUID clientId,
            UUID clinicianId,
            PaymentTypeDto paymentType,
            ChargeKindDto chargeKind,
            ClaimSourceDto source,
            ClaimStatusDto status,
            ClaimResultDto result,
            LocalDate from,
            LocalDate to,
            LocalDate filedFrom,
            LocalDate filedTo) {
        ClaimFilter filter = mapper.toFilter(
                clientId, clinicianId, paymentType, chargeKind, source, status, result, from, to, filedFrom, filedTo);
        return mapper.csvAttachment(export, filter);
    }
}
