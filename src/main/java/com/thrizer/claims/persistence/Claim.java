package com.thrizer.claims.persistence;

import com.thrizer.shared.persistence.ClientOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An insurance claim: one per OON Pay / Thrizer Pay session charge (or filed by the client), with the blocks as filed,
 * the estimate made at charge time, the payer's decision and where its money went.
 */
@Entity
@Table(name = "claims")
public class Claim extends ClientOwnedEntity {
    public enum Source {
        CHARGE,
        SUPERBILL_UPLOAD,
        MANUAL_ENTRY
    }

    public enum Result {
        REIMBURSED,
        PARTIALLY_REIMBURSED,
        APPLIED_TO_DEDUCTIBLE,
        DENIED
    }

    public enum Decision {
        APPROVED,
        DENIED
    }

    public enum DecisionSource {
        PAYER,
        OPERATOR
    }

    public enum Status {
        PROCESSING,
        INVESTIGATING,
        APPROVED,
        DENIED,
        VOIDED
    }

    @Column(name = "charge_id", updatable = false)
    public UUID chargeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Source source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "payment_type", updatable = false)
    public String paymentType;

    @Column(name = "provider_id", updatable = false)
    public UUID providerId;

    @Column(name = "service_date", nullable = false, updatable = false)
    public LocalDate serviceDate;

    @Column(name = "cpt_code", nullable = false, updatable = false)
    public String cptCode;

    @Column(nullable = false, updatable = false)
    public String diagnoses;

    @Column(name = "billed_cents", nullable = false, updatable = false)
    public long billedCents;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "estimated_allowed_cents", updatable = false)
    public Long estimatedAllowedCents;

    @Column(name = "estimated_reimbursement_cents", updatable = false)
    public Long estimatedReimbursementCents;

    @Column(name = "charge_kind", updatable = false)
    public String chargeKind;

    @Enumerated(EnumType.STRING)
    public Result result;

    // ---------- provider, patient and insurance blocks, as filed
    @Column(name = "provider_name", nullable = false, updatable = false)
    public String providerName;

    @Column(name = "provider_npi", nullable = false, updatable = false)
    public String providerNpi;

    @Column(name = "provider_tin", updatable = false)
    public String providerTin;

    @Column(name = "patient_first_name", nullable = false, updatable = false)
    public String patientFirstName;

    @Column(name = "patient_last_name", nullable = false, updatable = false)
    public String patientLastName;

    @Column(name = "patient_date_of_birth", updatable = false)
    public LocalDate patientDateOfBirth;

    @Column(name = "insurer_id", updatable = false)
    public String insurerId;

    @Column(name = "insurer_name", nullable = false, updatable = false)
    public String insurerName;

    @Column(name = "member_id_encrypted", updatable = false)
    public String memberIdEncrypted;

    @Column(name = "member_id_last4", nullable = false, updatable = false)
    public String memberIdLast4;

    // ---------- what routing needs from the charge
    @Column(name = "advance_cents", nullable = false, updatable = false)
    public long advanceCents;

    @Column(name = "client_fee_cents", nullable = false, updatable = false)
    public long clientFeeCents;

    @Column(name = "processor_charge_id", updatable = false)
    public String processorChargeId;

    // ---------- client-filed claims: the filing fee, and the request that filed it
    @Column(name = "filing_fee_cents", updatable = false)
    public Long filingFeeCents;

    @Column(name = "fee_processor_charge_id", updatable = false)
    public String feeProcessorChargeId;

    @Column(name = "idempotency_scope", updatable = false)
    public String idempotencyScope;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    // ---------- submission
    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "expected_decision_by", nullable = false, updatable = false)
    public LocalDate expectedDecisionBy;

    // ---------- the decision
    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_source")
    public DecisionSource decisionSource;

    @Column(name = "allowed_cents")
    public Long allowedCents;

    @Column(name = "deductible_cents")
    public Long deductibleCents;

    @Column(name = "coinsurance_cents")
    public Long coinsuranceCents;

    @Column(name = "paid_cents")
    public Long paidCents;

    @Column(name = "payer_claim_number")
    public String payerClaimNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "denial_reason")
    public String denialReason;

    @Column(name = "decided_at")
    public Instant decidedAt;

    // ---------- where the payer's money went
    @Column(name = "routed_client_cents")
    public Long routedClientCents;

    @Column(name = "routed_fee_cents")
    public Long routedFeeCents;

    @Column(name = "routed_advance_cents")
    public Long routedAdvanceCents;

    @Column(name = "routed_write_off_cents")
    public Long routedWriteOffCents;

    @Column(name = "routed_fee_refund_cents")
    public Long routedFeeRefundCents;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean undecided() {
        return status == Status.PROCESSING || status == Status.INVESTIGATING;
    }

    public List<String> diagnosisCodes() {
        return diagnoses.isEmpty() ? List.of() : List.of(diagnoses.split("\\|"));
    }

    @Override
    public String toString() {
        return "Claim[" + id + " " + status + "]";
    }
}
