package com.thrizer.benefits.persistence;

import com.thrizer.benefits.domain.BenefitCheckFacts;
import com.thrizer.billing.BenefitFigures;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.persistence.PracticeOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A benefit check: the interpreted figures, where they come from, and the payer's raw answer (encrypted). */
@Entity
@Table(name = "benefit_checks")
public class BenefitCheck extends PracticeOwnedEntity {
    /** What the payer answered, set once: a manual verification has its own status and never changes this one. */
    public enum Status {
        COMPLETE,
        INCOMPLETE,
        FAILED
    }

    public enum Oon {
        YES,
        NO,
        UNKNOWN
    }

    public enum Source {
        PAYER_ELECTRONIC,
        MANUAL_VERIFICATION,
        CLAIM_HISTORY
    }

    public enum Confidence {
        HIGH,
        MEDIUM,
        LOW
    }

    public enum FailureReason {
        PAYER_TIMEOUT,
        PAYER_ERROR,
        MISSING_BENEFIT_DETAILS,
        INSURER_UNDER_REVIEW,
        /** Legacy: checks whose verification could not verify once had their reason replaced by this (V14). */
        UNABLE_TO_VERIFY
    }

    @Column(name = "client_id", updatable = false)
    public UUID clientId;

    @Column(name = "insurance_policy_id", updatable = false)
    public UUID insurancePolicyId;

    @Column(name = "insurer_id", updatable = false)
    public String insurerId;

    @Column(name = "insurer_name", nullable = false, updatable = false)
    public String insurerName;

    @Column(name = "cpt_code", nullable = false, updatable = false)
    public String cptCode;

    @Column(name = "session_fee_cents", nullable = false, updatable = false)
    public long sessionFeeCents;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Status status;

    @Column(name = "coverage_active")
    public Boolean coverageActive;

    @Enumerated(EnumType.STRING)
    @Column(name = "oon_benefits", nullable = false)
    public Oon oonBenefits;

    @Column(name = "plan_year_start")
    public LocalDate planYearStart;

    @Column(name = "plan_year_end")
    public LocalDate planYearEnd;

    @Column(name = "deductible_total_cents")
    public Long deductibleTotalCents;

    @Column(name = "deductible_met_cents")
    public Long deductibleMetCents;

    @Column(name = "deductible_remaining_cents")
    public Long deductibleRemainingCents;

    @Column(name = "oop_total_cents")
    public Long oopTotalCents;

    @Column(name = "oop_remaining_cents")
    public Long oopRemainingCents;

    @Column(name = "coinsurance_bps")
    public Integer coinsuranceBps;

    @Column(name = "allowed_cents")
    public Long allowedCents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Confidence confidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason", updatable = false)
    public FailureReason failureReason;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    @Column(name = "stale_after", nullable = false)
    public Instant staleAfter;

    /** The insurance's last change when the check ran: a later change makes the check stale. */
    @Column(name = "insurance_updated_at")
    public Instant insuranceUpdatedAt;

    @Column(name = "raw_response_encrypted")
    public String rawResponseEncrypted;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;

    public Money sessionFee() {
        return Money.of(sessionFeeCents, currency);
    }

    public boolean isComplete() {
        return status == Status.COMPLETE;
    }

    /** The figures an estimate needs, when the check is complete with OON benefits. */
    public BenefitFigures figures() {
        return BenefitCheckFacts.of(this).figures();
    }

    @Override
    public String toString() {
        return "BenefitCheck[" + id + " " + status + "]";
    }
}
