package com.thrizer.clients;

import com.thrizer.api.generated.model.ClaimStatusDto;
import com.thrizer.api.generated.model.ReimbursementStatusDto;
import com.thrizer.claims.ClaimApiMapper;
import com.thrizer.claims.ClaimFilter;
import com.thrizer.claims.ClaimService;
import com.thrizer.claims.ReimbursementService;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.ClientScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;

/** The claims part of {@link MeResource} (which delegates to it): the client's claims and reimbursements. */
@ApplicationScoped
public class MeClaimsResource {
    private final ClaimService claims;
    private final ReimbursementService reimbursements;
    private final ClaimApiMapper mapper;

    MeClaimsResource(ClaimService claims, ReimbursementService reimbursements, ClaimApiMapper mapper) {
        this.claims = claims;
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

    Response reimbursements(ClientScope scope, Integer limit, String cursor, ReimbursementStatusDto status) {
        return Response.ok(mapper.toReimbursements(
                        reimbursements.listOwn(scope, mapper.toStatus(status), PageRequest.of(limit, cursor))))
                .build();
    }
}
