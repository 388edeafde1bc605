package com.thrizer.benefits;

import com.thrizer.api.generated.OperationsApi;
import com.thrizer.api.generated.model.CompleteManualVerificationRequestDto;
import com.thrizer.api.generated.model.ManualVerificationStatusDto;
import com.thrizer.api.generated.model.UnableToVerifyRequestDto;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Thrizer operators: manual verifications and payers' raw answers, across practices. */
@RolesAllowed(Roles.OPERATOR)
public class OperationsResource implements OperationsApi {
    private final ManualVerificationService verifications;
    private final BenefitCheckService checks;
    private final BenefitApiMapper mapper;

    OperationsResource(ManualVerificationService verifications, BenefitCheckService checks, BenefitApiMapper mapper) {
        this.verifications = verifications;
        this.checks = checks;
        this.mapper = mapper;
    }

    @Override
    public Response listManualVerifications(Integer limit, String cursor, ManualVerificationStatusDto status) {
        return Response.ok(mapper.toManualVerificationList(
                        verifications.list(BenefitApiMapper.status(status), PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    public Response startManualVerificationReview(UUID manualVerificationId) {
        return Response.ok(mapper.toDto(verifications.startReview(manualVerificationId)))
                .build();
    }

    @Override
    public Response completeManualVerification(UUID manualVerificationId, CompleteManualVerificationRequestDto body) {
        return Response.ok(mapper.toDto(verifications.complete(manualVerificationId, mapper.toVerified(body))))
                .build();
    }

    @Override
    public Response failManualVerification(UUID manualVerificationId, UnableToVerifyRequestDto body) {
        return Response.ok(mapper.toDto(verifications.unableToVerify(manualVerificationId, body.getReason())))
                .build();
    }

    @Override
    public Response getAdminBenefitCheck(UUID benefitCheckId) {
        return Response.ok(mapper.toAdminDto(checks.adminView(benefitCheckId))).build();
    }
}
