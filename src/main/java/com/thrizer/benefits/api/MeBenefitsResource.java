package com.thrizer.benefits.api;

import com.thrizer.api.generated.MeBenefitsApi;
import com.thrizer.benefits.domain.BenefitCheckService;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

/** The signed-in client's benefit checks. */
@RolesAllowed(Roles.CLIENT)
public class MeBenefitsResource implements MeBenefitsApi {
    private final CallerContext callers;
    private final BenefitCheckService benefitChecks;
    private final BenefitApiMapper mapper;

    MeBenefitsResource(CallerContext callers, BenefitCheckService benefitChecks, BenefitApiMapper mapper) {
        this.callers = callers;
        this.benefitChecks = benefitChecks;
        this.mapper = mapper;
    }

    @Override
    public Response listMyBenefitChecks(Integer limit, String cursor) {
        return Response.ok(mapper.toDto(benefitChecks.listOwn(callers.clientScope(), PageRequest.of(limit, cursor))))
                .build();
    }
}
