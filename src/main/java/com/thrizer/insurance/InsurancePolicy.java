package com.thrizer.insurance;

import com.thrizer.shared.persistence.ClientOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A client's primary insurance. The member id is stored encrypted; only its last four characters in clear. */
@Entity
@Table(name = "insurance_policies")
public class InsurancePolicy extends ClientOwnedEntity {
    public enum MatchStatus {
        MATCHED,
        NO_MATCH
    }

    public enum Relationship {
        SELF,
        SPOUSE,
        CHILD,
        OTHER
    }

    @Column(name = "insurer_id")
    public String insurerId;

    /** Catalogue name, or the name as entered when not matched. */
    @Column(name = "insurer_name", nullable = false)
    public String insurerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "insurer_match_status", nullable = false)
    public MatchStatus matchStatus;

    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    @Column(name = "member_id_encrypted", nullable = false)
    public String memberIdEncrypted;

    @Column(name = "member_id_last4", nullable = false)
    public String memberIdLast4;

    @Column(name = "group_number")
    public String groupNumber;

    @Column(name = "plan_type", nullable = false)
    public String planType;

    @Enumerated(EnumType.STRING)
    @Column(name = "subscriber_relationship", nullable = false)
    public Relationship relationship;

    @Column(name = "subscriber_first_name")
    public String subscriberFirstName;

    @Column(name = "subscriber_last_name")
    public String subscriberLastName;

    @Column(name = "subscriber_dob")
    public LocalDate subscriberDateOfBirth;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Override
    public String toString() {
        return "InsurancePolicy[" + id + "]";
    }
}
