package com.thrizer.benefits.persistence;

import com.thrizer.shared.persistence.ClientOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A request that Thrizer verify a client's benefits by hand. The corrected member id is stored encrypted. */
@Entity
@Table(name = "manual_verifications")
public class ManualVerification extends ClientOwnedEntity {
    public enum Status {
        REQUESTED,
        IN_REVIEW,
        COMPLETED,
        UNABLE_TO_VERIFY;

        public boolean isOpen() {
            return this == REQUESTED || this == IN_REVIEW;
        }
    }

    @Column(name = "benefit_check_id", nullable = false, updatable = false)
    public UUID benefitCheckId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "corrected_member_id_encrypted")
    public String correctedMemberIdEncrypted;

    @Column(name = "corrected_member_id_last4")
    public String correctedMemberIdLast4;

    public String note;

    @Column(name = "card_front", nullable = false)
    public boolean cardFront;

    @Column(name = "card_back", nullable = false)
    public boolean cardBack;

    @Column(name = "result_benefit_check_id")
    public UUID resultBenefitCheckId;

    public String reason;

    @Column(name = "requested_by", updatable = false)
    public UUID requestedBy;

    @Column(name = "reviewed_by")
    public UUID reviewedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Override
    public String toString() {
        return "ManualVerification[" + id + " " + status + "]";
    }
}
