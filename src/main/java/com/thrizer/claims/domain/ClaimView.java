package com.thrizer.claims.domain;

import com.thrizer.claims.clientclaims.ClaimDocument;
import com.thrizer.claims.persistence.Claim;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A claim as the API shows it, values only: the status history only on single-claim reads (null in lists), the
 * uploaded superbill's type and size (null without one), and of the provider's TIN its last four digits.
 */
public record ClaimView(
        UUID id,
        Claim.Source source,
        UUID chargeId,
        UUID clientId,
        String paymentType,
        String chargeKind,
        Claim.Status status,
        Claim.Result result,
        LocalDate serviceDate,
        String cptCode,
        List<String> diagnosisCodes,
        long billedCents,
        String currency,
        UUID providerId,
        String providerName,
        String providerNpi,
        String providerTinLast4,
        String insurerId,
        String insurerName,
        String memberIdLast4,
        Long estimatedAllowedCents,
        Long estimatedReimbursementCents,
        Claim.Decision decision,
        Claim.DecisionSource decisionSource,
        Long allowedCents,
        Long deductibleCents,
        Long coinsuranceCents,
        Long paidCents,
        String payerClaimNumber,
        LocalDate decisionDate,
        String denialReason,
        Long routedClientCents,
        Long routedFeeCents,
        Long routedAdvanceCents,
        Long routedWriteOffCents,
        Long routedFeeRefundCents,
        Instant submittedAt,
        LocalDate expectedDecisionBy,
        Instant decidedAt,
        Long filingFeeCents,
        ClaimDocument.Info document,
        List<ClaimStatusChange> history,
        Instant createdAt,
        Instant updatedAt) {

    public ClaimView {
        diagnosisCodes = List.copyOf(diagnosisCodes);
        history = history == null ? null : List.copyOf(history);
    }

    static ClaimView of(Claim c, List<ClaimStatusChange> history, ClaimDocument.Info document) {
        return new ClaimView(
                c.id,
                c.source,
                c.chargeId,
                c.clientId,
                c.paymentType,
                c.chargeKind,
                c.status,
                c.result,
                c.serviceDate,
                c.cptCode,
                c.diagnosisCodes(),
                c.billedCents,
                c.currency,
                c.providerId,
                c.providerName,
                c.providerNpi,
                c.providerTin == null ? null : ClaimService.last4(c.providerTin),
                c.insurerId,
                c.insurerName,
                c.memberIdLast4,
                c.estimatedAllowedCents,
                c.estimatedReimbursementCents,
                c.decision,
                c.decisionSource,
                c.allowedCents,
                c.deductibleCents,
                c.coinsuranceCents,
                c.paidCents,
                c.payerClaimNumber,
                c.decisionDate,
                c.denialReason,
                c.routedClientCents,
                c.routedFeeCents,
                c.routedAdvanceCents,
                c.routedWriteOffCents,
                c.routedFeeRefundCents,
                c.submittedAt,
                c.expectedDecisionBy,
                c.decidedAt,
                c.filingFeeCents,
                document,
                history,
                c.createdAt,
                c.updatedAt);
    }

    /** Ids only: the view carries personal health information (names, dates of birth, diagnoses), never logged. */
    @Override
    public String toString() {
        return "ClaimView[%s]".formatted(id);
    }
}
