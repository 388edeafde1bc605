package com.thrizer.team.persistence;

import com.thrizer.shared.money.Money;
import com.thrizer.shared.persistence.PracticeOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A service a clinician offers (table {@code services}): CPT code, duration and session fee. */
@Entity
@Table(name = "services")
public class ServiceOffering extends PracticeOwnedEntity {
    @Column(name = "team_member_id", nullable = false, updatable = false)
    public UUID teamMemberId;

    @Column(nullable = false)
    public String name;

    @Column(name = "cpt_code", nullable = false)
    public String cptCode;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "rate_cents", nullable = false)
    public long rateCents;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Money rate() {
        return Money.of(rateCents, currency);
    }
}
