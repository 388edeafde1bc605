package com.thrizer.clients;

import com.thrizer.api.generated.model.ClaimDto;
import com.thrizer.api.generated.model.ClaimStatusDto;
import com.thrizer.api.generated.model.CreateManualClaimRequestDto;
import com.thrizer.api.generated.model.ReimbursementStatusDto;
import com.thrizer.claims.ClaimApiMapper;
import com.thrizer.claims.ClaimDocument;
import com.thrizer.claims.ClaimFields;
import com.thrizer.claims.ClaimFilter;
import com.thrizer.claims.ClaimService;
import com.thrizer.claims.ClaimView;
import com.thrizer.claims.ClientClaimService;
import com.thrizer.claims.ReimbursementService;
import com.thrizer.shared.crypto.Hashes;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.web.Created;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The claims part of {@link MeResource} (which delegates to it): the client's claims (filing them by hand or from a
 * superbill upload, Idempotency-Key required) and reimbursements. Not a JAX-RS resource by itself.
 */
@ApplicationScoped
public class MeClaimsResource {
    private final ClaimService claims;
    private final ReimbursementService reimbursements;
    private final ClaimApiMapper mapper;
    private final ClientClaimService clientClaims;
    private final IdempotentRequests idempotency;
    private final CallerContext callers;

    MeClaimsResource(
            ClaimService claims,
            ReimbursementService reimbursements,
            ClaimApiMapper mapper,
            ClientClaimService clientClaims,
            IdempotentRequests idempotency,
            CallerContext callers) {
        this.claims = claims;
        this.clientClaims = clientClaims;
        this.idempotency = idempotency;
        this.callers = callers;
        this.reimbursements = reimbursements;
        this.mapper = mapper;
    }

    Response list(
            ClientScope scope, Integer limit, String cursor, ClaimStatusDto status, LocalDate from, LocalDate to) {
        ClaimFilter filter = ClaimFilter.ofStatus(mapper.toStatus(status), from, to);
        return Response.ok(mapper.toDto(claims.listOwn(scope, filter, PageRequest.of(limit, cursor))))
                .build();
    }

    Response get(ClientScope scope, UUID claimId) {
        return Response.ok(mapper.toDto(claims.getOwn(scope, claimId))).build();
    }

    Response createManual(String key, CreateManualClaimRequestDto body) {
        ClaimFields fields = mapper.toFields(body);
        return idempotency.executeStepwise(
                key,
                body,
                () -> created(clientClaims.fileManualEntry(
                        callers.clientScope(), fields, IdempotentRequests.scopeOf(callers.caller()), key)));
    }

    /** The parts in the contract's order: provider name, NPI, TIN, service date, billed amount, CPT, diagnoses. */
    Response upload(String key, FileUpload file, String[] parts) {
        ClaimFields fields = mapper.toFields(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
        ClaimDocument document = mapper.toDocument(file);
        // what a retry must repeat: the parts and the document's digest
        String fingerprint =
                String.join("|", parts) + "|" + Hashes.sha256Hex(HexFormat.of().formatHex(document.content()));
        return idempotency.executeStepwise(
                key,
                fingerprint,
                () -> created(clientClaims.fileUpload(
                        callers.clientScope(), fields, document, IdempotentRequests.scopeOf(callers.caller()), key)));
    }

    private Response created(ClaimView view) {
        ClaimDto claim = mapper.toDto(view);
        return Created.at("/v1/me/claims/" + claim.getId()).entity(claim).build();
    }

    Response reimbursements(ClientScope scope, Integer limit, String cursor, ReimbursementStatusDto status) {
        return Response.ok(mapper.toReimbursements(
                        reimbursements.listOwn(scope, mapper.toStatus(status), PageRequest.of(limit, cursor))))
                .build();
    }
}
