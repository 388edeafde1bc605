package com.thrizer.charges.persistence;

import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.PaymentType;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.persistence.ClientOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A charge to a client's card, with its exact money breakdown and the estimate made at charge time. */
@Entity
@Table(name = "charges")
public class Charge extends ClientOwnedEntity {
    public enum Status {
        PENDING,
        SUCCEEDED,
        FAILED
    }

    @Column(name = "clinician_id", nullable = false, updatable = false)
    public UUID clinicianId;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;

    /** The card of the latest attempt; it never changes once the charge succeeded. */
    @Column(name = "payment_method_id", nullable = false)
    public UUID paymentMethodId;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_type", nullable = false, updatable = false)
    public PaymentType paymentType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ChargeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "failure_code")
    public String failureCode;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "session_fee_cents", nullable = false, updatable = false)
    public long sessionFeeCents;

    @Column(name = "card_amount_cents", nullable = false, updatable = false)
    public long cardAmountCents;

    @Column(name = "client_fee_cents", nullable = false, updatable = false)
    public long clientFeeCents;

    @Column(name = "advance_cents", nullable = false, updatable = false)
    public long advanceCents;

    @Column(name = "processing_fee_cents", nullable = false)
    public long processingFeeCents;

    @Column(name = "net_cents", nullable = false)
    public long netCents;

    /** Referral credit used by this charge (reserved while pending, released if it fails). */
    @Column(name = "waiver_applied_cents", nullable = false)
    public long waiverAppliedCents;

    @Column(name = "estimated_allowed_cents", updatable = false)
    public Long estimatedAllowedCents;

    @Column(name = "estimated_reimbursement_cents", nullable = false, updatable = false)
    public long estimatedReimbursementCents;

    @Column(name = "estimated_client_cost_cents", nullable = false, updatable = false)
    public long estimatedClientCostCents;

    @Column(name = "refunded_cents", nullable = false)
    public long refundedCents;

    @Column(name = "appointment_date", nullable = false, updatable = false)
    public LocalDate appointmentDate;

    @Column(name = "cpt_code", nullable = false, updatable = false)
    public String cptCode;

    @Column(name = "service_id", updatable = false)
    public UUID serviceId;

    @Column(name = "duration_minutes", updatable = false)
    public Integer durationMinutes;

    @Column(name = "place_of_service", nullable = false, updatable = false)
    public String placeOfService;

    /** Comma-separated. */
    @Column(nullable = false, updatable = false)
    public String modifiers;

    /** ICD-10-CM codes, primary first, '|'-separated. */
    @Column(nullable = false, updatable = false)
    public String diagnoses;

    @Column(name = "add_on_units", updatable = false)
    public Integer addOnUnits;

    @Column(name = "benefit_check_id", updatable = false)
    public UUID benefitCheckId;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "processor_charge_id")
    public String processorChargeId;

    @Column(name = "idempotency_scope", nullable = false, updatable = false)
    public String idempotencyScope;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public Money sessionFee() {
        return Money.of(sessionFeeCents, currency);
    }

    public Money cardAmount() {
        return Money.of(cardAmountCents, currency);
    }

    public List<String> modifierList() {
        return modifiers.isEmpty() ? List.of() : List.of(modifiers.split(","));
    }

    public List<String> diagnosisList() {
        return diagnoses.isEmpty() ? List.of() : List.of(diagnoses.split("\\|"));
    }

    @Override
    public String toString() {
        return "Charge[" + id + " " + status + "]";
    }
}
