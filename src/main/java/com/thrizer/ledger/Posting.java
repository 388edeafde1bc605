package com.thrizer.ledger;

import com.thrizer.shared.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A balanced set of entries describing one movement of money. Built with {@link #builder}. */
public record Posting(
        UUID practiceId,
        Kind kind,
        UUID chargeId,
        UUID refundId,
        UUID claimId,
        UUID payoutId,
        String description,
        List<Line> lines) {
    public enum Kind {
        CHARGE,
        REFUND,
        PAYOUT,
        PAYOUT_FAILURE,
        REIMBURSEMENT,
        CLAIM_FEE,
        ADJUSTMENT
    }

    /** One entry: an account, a signed amount (debit positive), and when it becomes available. */
    public record Line(Account account, Money amount, LocalDate availableOn) {}

    public Posting {
        lines = List.copyOf(lines);
        if (lines.size() < 2) {
            throw new IllegalArgumentException("a posting needs at least two entries");
        }
        Money sum = Money.zero(lines.get(0).amount().currency());
        for (Line line : lines) {
            sum = sum.plus(line.amount());
        }
        if (sum.cents() != 0) {
            throw new IllegalArgumentException("posting does not balance: " + sum.cents());
        }
    }

    public static Builder builder(UUID practiceId, Kind kind) {
        return new Builder(practiceId, kind);
    }

    /** Collects lines, skipping zero amounts. */
    public static final class Builder {
        private final UUID practiceId;
        private final Kind kind;
        private UUID chargeId;
        private UUID refundId;
        private UUID claimId;
        private UUID payoutId;
        private String description;
        private final List<Line> lines = new ArrayList<>();

        private Builder(UUID practiceId, Kind kind) {
            this.practiceId = practiceId;
            this.kind = kind;
        }

        public Builder charge(UUID id) {
            this.chargeId = id;
            return this;
        }

        public Builder refund(UUID id) {
            this.refundId = id;
            return this;
        }

        public Builder claim(UUID id) {
            this.claimId = id;
            return this;
        }

        public Builder payout(UUID id) {
            this.payoutId = id;
            return this;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder debit(Account account, Money amount, LocalDate availableOn) {
            return line(account, amount, availableOn);
        }

        public Builder credit(Account account, Money amount, LocalDate availableOn) {
            return line(account, Money.zero(amount.currency()).minus(amount), availableOn);
        }

        private Builder line(Account account, Money amount, LocalDate availableOn) {
            if (amount.cents() != 0) {
                lines.add(new Line(account, amount, availableOn));
            }
            return this;
        }

        /** Whether every amount so far was zero (nothing to post). */
        public boolean isEmpty() {
            return lines.isEmpty();
        }

        public Posting build() {
            return new Posting(practiceId, kind, chargeId, refundId, claimId, payoutId, description, lines);
        }
    }
}
