package com.thrizer.claims.api;

import com.thrizer.api.generated.MeClaimsApi;
import com.thrizer.api.generated.model.ClaimDto;
import com.thrizer.api.generated.model.ClaimStatusDto;
import com.thrizer.api.generated.model.CreateManualClaimRequestDto;
import com.thrizer.api.generated.model.ReimbursementStatusDto;
import com.thrizer.claims.clientclaims.ClaimDocument;
import com.thrizer.claims.clientclaims.ClaimFields;
import com.thrizer.claims.clientclaims.ClientClaimService;
import com.thrizer.claims.domain.ClaimFilter;
import com.thrizer.claims.domain.ClaimService;
import com.thrizer.claims.domain.ClaimView;
import com.thrizer.claims.domain.ReimbursementService;
import com.thrizer.shared.crypto.Hashes;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Roles;
import com.thrizer.shared.web.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The signed-in client's claims (filed by hand or from a superbill upload, Idempotency-Key required) and
 * reimbursements.
 */
@RolesAllowed(Roles.CLIENT)
public class MeClaimsResource implements MeClaimsApi {
    private final CallerContext callers;
    private final ClaimService claims;
    private final ClientClaimService clientClaims;
    private final ReimbursementService reimbursements;
    private final ClaimApiMapper mapper;
    private final IdempotentRequests idempotency;

    MeClaimsResource(
            CallerContext callers,
            ClaimService claims,
            ClientClaimService clientClaims,
            ReimbursementService reimbursements,
            ClaimApiMapper mapper,
            IdempotentRequests idempotency) {
        this.callers = callers;
        this.claims = claims;
        this.clientClaims = clientClaims;
        this.reimbursements = reimbursements;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @Override
    public Response listMyClaims(Integer limit, String cursor, ClaimStatusDto status, LocalDate from, LocalDate to) {
        ClaimFilter filter = ClaimFilter.ofStatus(mapper.toStatus(status), from, to);
        return Response.ok(mapper.toDto(claims.listOwn(callers.clientScope(), filter, PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    public Response getMyClaim(UUID claimId) {
        return Response.ok(mapper.toDto(claims.getOwn(callers.clientScope(), claimId)))
                .build();
    }

    @Override
    public Response createMyClaim(String idempotencyKey, CreateManualClaimRequestDto body) {
        ClaimFields fields = mapper.toFields(body);
        return idempotency.executeStepwise(
                idempotencyKey,
                body,
                () -> created(clientClaims.fileManualEntry(
                        callers.clientScope(), fields, IdempotentRequests.scopeOf(callers.caller()), idempotencyKey)));
    }

    @Override
    public Response uploadSuperbill(
            String idempotencyKey,
            FileUpload file,
            String providerName,
            String providerNpi,
            String providerTin,
            String serviceDate,
            String billedAmount,
            String cptCode,
            String diagnosisCodes) {
        ClaimFields fields = mapper.toFields(
                providerName, providerNpi, providerTin, serviceDate, billedAmount, cptCode, diagnosisCodes);
        ClaimDocument document = mapper.toDocument(file);
        // what a retry must repeat: the form fields (in the contract's order) and the document's digest
        String fingerprint = String.join(
                        "|",
                        Arrays.asList(
                                providerName,
                                providerNpi,
                                providerTin,
                                serviceDate,
                                billedAmount,
                                cptCode,
                                diagnosisCodes))
                + "|" + Hashes.sha256Hex(HexFormat.of().formatHex(document.content()));
        return idempotency.executeStepwise(
                idempotencyKey,
                fingerprint,
                () -> created(clientClaims.fileUpload(
                        callers.clientScope(),
                        fields,
                        document,
                        IdempotentRequests.scopeOf(callers.caller()),
                        idempotencyKey)));
    }

    @Override
    public Response listMyReimbursements(Integer limit, String cursor, ReimbursementStatusDto status) {
        return Response.ok(mapper.toReimbursements(reimbursements.listOwn(
                        callers.clientScope(), mapper.toStatus(status), PageRequest.of(limit, cursor))))
                .build();
    }

    private Response created(ClaimView view) {
        ClaimDto claim = mapper.toDto(view);
        return Created.at("/v1/me/claims/" + claim.getId()).entity(claim).build();
    }
}
