package com.thrizer.operations;

import com.thrizer.api.generated.OperationsApi;
import com.thrizer.api.generated.model.AdjudicateClaimRequestDto;
import com.thrizer.api.generated.model.ChangeClaimStatusRequestDto;
import com.thrizer.api.generated.model.ClaimStatusDto;
import com.thrizer.api.generated.model.CompleteManualVerificationRequestDto;
import com.thrizer.api.generated.model.ManualVerificationStatusDto;
import com.thrizer.api.generated.model.UnableToVerifyRequestDto;
import com.thrizer.benefits.api.BenefitApiMapper;
import com.thrizer.benefits.domain.BenefitCheckService;
import com.thrizer.benefits.verification.ManualVerificationService;
import com.thrizer.claims.api.ClaimApiMapper;
import com.thrizer.claims.domain.ClaimDecisions;
import com.thrizer.claims.domain.ClaimService;
import com.thrizer.ledger.LedgerApiMapper;
import com.thrizer.ledger.LedgerService;
import com.thrizer.payouts.PayoutApiMapper;
import com.thrizer.payouts.PayoutJob;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Roles;
import com.thrizer.shared.time.Clocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Thrizer operators, across practices: manual verifications, payers' raw answers, claim investigation and
 * adjudication, ledger reconciliation.
 */
@RolesAllowed(Roles.OPERATOR)
public class OperationsResource implements OperationsApi {
    private final ManualVerificationService verifications;
    private final BenefitCheckService checks;
    private final BenefitApiMapper mapper;
    private final LedgerService ledger;
    private final LedgerApiMapper ledgerMapper;
    private final ClaimService claims;
    private final ClaimDecisions decisions;
    private final ClaimApiMapper claimMapper;
    private final IdempotentRequests idempotency;
    private final PayoutJob payoutJob;
    private final PayoutApiMapper payoutMapper;
    private final Clock clock;

    OperationsResource(
            ManualVerificationService verifications,
            BenefitCheckService checks,
            BenefitApiMapper mapper,
            LedgerService ledger,
            LedgerApiMapper ledgerMapper,
            ClaimService claims,
            ClaimDecisions decisions,
            ClaimApiMapper claimMapper,
            IdempotentRequests idempotency,
            PayoutJob payoutJob,
            PayoutApiMapper payoutMapper,
            Clock clock) {
        this.payoutJob = payoutJob;
        this.payoutMapper = payoutMapper;
        this.clock = clock;
        this.claims = claims;
        this.decisions = decisions;
        this.claimMapper = claimMapper;
        this.idempotency = idempotency;
        this.verifications = verifications;
        this.checks = checks;
        this.mapper = mapper;
        this.ledger = ledger;
        this.ledgerMapper = ledgerMapper;
    }

    @Override
    public Response listAdminClaims(Integer limit, String cursor, ClaimStatusDto status) {
        return Response.ok(claimMapper.toDto(
                        claims.listAcrossPractices(claimMapper.toStatus(status), PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    public Response adjudicateClaim(UUID claimId, AdjudicateClaimRequestDto body, String idempotencyKey) {
        return idempotency.execute(
                idempotencyKey,
                body,
                () -> Response.ok(claimMapper.toDto(decisions.adjudicate(claimId, claimMapper.toAdjudication(body))))
                        .build());
    }

    @Override
    public Response changeClaimStatus(UUID claimId, ChangeClaimStatusRequestDto body, String idempotencyKey) {
        return idempotency.execute(
                idempotencyKey,
                body,
                () -> Response.ok(claimMapper.toDto(
                                claims.changeStatus(claimId, claimMapper.toStatus(body.getStatus()), body.getReason())))
                        .build());
    }

    @Override
    public Response runPayouts(String idempotencyKey) {
        // the job runs its own short transactions and calls the bank between them: never inside the request's one
        Supplier<Response> run = () -> Response.ok(payoutMapper.toDto(payoutJob.run(Clocks.now(clock))))
                .build();
        return idempotencyKey == null ? run.get() : idempotency.executeStepwise(idempotencyKey, "payouts", run);
    }

    @Override
    public Response checkLedger() {
        return Response.ok(ledgerMapper.toDto(ledger.check())).build();
    }

    @Override
    public Response listManualVerifications(Integer limit, String cursor, ManualVerificationStatusDto status) {
        return Response.ok(mapper.toManualVerificationList(
                        verifications.list(mapper.status(status), PageRequest.of(limit, cursor))))
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
