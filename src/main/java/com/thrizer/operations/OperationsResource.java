package com.thrizer.operations;

import com.thrizer.api.generated.OperationsApi;
import com.thrizer.api.generated.model.CompleteManualVerificationRequestDto;
import com.thrizer.api.generated.model.ManualVerificationStatusDto;
import com.thrizer.api.generated.model.UnableToVerifyRequestDto;
import com.thrizer.benefits.BenefitApiMapper;
import com.thrizer.benefits.BenefitCheckService;
import com.thrizer.benefits.ManualVerificationService;
import com.thrizer.ledger.LedgerApiMapper;
import com.thrizer.ledger.LedgerService;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Thrizer operators, across practices: manual verifications, payers' raw answers, ledger reconciliation. */
@RolesAllowed(Roles.OPERATOR)
public class OperationsResource implements OperationsApi {
    private final ManualVerificationService verifications;
    private final BenefitCheckService checks;
    private final BenefitApiMapper mapper;
    private final LedgerService ledger;
    private final LedgerApiMapper ledgerMapper;

    OperationsResource(
            ManualVerificationService verifications,
            BenefitCheckService checks,
            BenefitApiMapper mapper,
            LedgerService ledger,
            LedgerApiMapper ledgerMapper) {
        this.verifications = verifications;
        this.checks = checks;
        this.mapper = mapper;
        this.ledger = ledger;
        this.ledgerMapper = ledgerMapper;
    }

    @Override
    public Response checkLedger() {
        return Response.ok(ledgerMapper.toDto(ledger.check())).build();
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
