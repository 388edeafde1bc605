package com.thrizer.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A referral code: at onboarding only, case-insensitive; waives processing fees on a first slice of volume. */
@Entity
@Table(name = "referral_codes")
public class ReferralCode {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "max_uses")
    public Integer maxUses;

    @Column(nullable = false)
    public int uses;

    @Column(name = "waiver_cents", nullable = false)
    public long waiverCents;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    boolean usableAt(Instant now) {
        return active && (expiresAt == null || expiresAt.isAfter(now)) && (maxUses == null || uses < maxUses);
    }
}
