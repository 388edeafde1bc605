package com.thrizer.benefits.domain;

import com.thrizer.benefits.persistence.FeeScheduleRepository;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.money.RoundingPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The allowed amount for an insurer and CPT code: the fee schedule's when it has a row (confidence MEDIUM for an
 * electronic answer), otherwise 60% of the session fee, a conservative guess (confidence LOW).
 */
@ApplicationScoped
public class AllowedAmounts {
    static final long GUESS_BPS = 6_000;
    private final FeeScheduleRepository schedule;

    AllowedAmounts(FeeScheduleRepository schedule) {
        this.schedule = schedule;
    }

    /** The allowed amount, and whether it was guessed. */
    public record Allowed(Money amount, boolean guessed) {}

    public Allowed of(String insurerId, String cptCode, Money sessionFee) {
        return schedule.allowedCents(insurerId, cptCode)
                .map(c -> new Allowed(Money.of(c, sessionFee.currency()), false))
                .orElseGet(() -> new Allowed(RoundingPolicy.percentOf(sessionFee, GUESS_BPS), true));
    }
}
