package com.thrizer.team.persistence;

import com.thrizer.shared.persistence.PracticeOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A member of a practice's team: admin, clinician or staff member. */
@Entity
@Table(name = "team_members")
public class TeamMember extends PracticeOwnedEntity {
    public enum Role {
        PRACTICE_ADMIN,
        CLINICIAN,
        STAFF_MEMBER
    }

    @Column(name = "user_id")
    public UUID userId;

    @Column(nullable = false)
    public String email;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(nullable = false)
    public boolean active;

    /** Individual NPI (type 1). */
    public String npi;

    public String credentials;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Admins and clinicians with an NPI can be providers of record; staff members never. */
    public boolean canProvideCare() {
        return role != Role.STAFF_MEMBER;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
