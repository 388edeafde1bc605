package com.thrizer.benefits.api;

import com.thrizer.api.generated.BenefitChecksApi;
import com.thrizer.api.generated.model.CreateManualVerificationRequestDto;
import com.thrizer.benefits.domain.BenefitCheckService;
import com.thrizer.benefits.verification.ManualVerificationService;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.security.Roles;
import com.thrizer.shared.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

public class BenefitChecksResource implements BenefitChecksApi {
    private final BenefitCheckService checks;
    private final ManualVerificationService verifications;
    private final BenefitApiMapper mapper;
    private final IdempotentRequests idempotency;

    BenefitChecksResource(
            BenefitCheckService checks,
            ManualVerificationService verifications,
            BenefitApiMapper mapper,
            IdempotentRequests idempotency) {
        this.checks = checks;
        this.verifications = verifications;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed(Scopes.BENEFITS_READ)
    public Response getBenefitCheck(UUID benefitCheckId, Integer sessions) {
        return Response.ok(mapper.toDto(checks.get(benefitCheckId, BenefitCheckService.sessions(sessions))))
                .build();
    }

    @Override
    @RolesAllowed({Scopes.BENEFITS_WRITE, Roles.CLIENT})
    public Response requestManualVerification(
            UUID benefitCheckId, CreateManualVerificationRequestDto body, String idempotencyKey) {
        return idempotency.execute(
                idempotencyKey,
                body,
                () -> Response.status(Response.Status.CREATED)
                        .entity(mapper.toDto(verifications.request(benefitCheckId, mapper.toInput(body))))
                        .build());
    }
}
