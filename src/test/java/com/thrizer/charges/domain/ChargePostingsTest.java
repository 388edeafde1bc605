package com.thrizer.charges.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.PaymentType;
import com.thrizer.charges.persistence.Charge;
import com.thrizer.charges.persistence.Refund;
import com.thrizer.ledger.Account;
import com.thrizer.ledger.Posting;
import com.thrizer.testing.GeneratedCases;
import com.thrizer.testing.GeneratedCases.Case;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The postings of charges and refunds balance for any amounts, and give the practice exactly its net. */
class ChargePostingsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static Charge charge(PaymentType type, long fee, long responsibility, long waived) {
        Charge c = new Charge();
        c.id = UUID.randomUUID();
        c.practiceId = UUID.randomUUID();
        c.paymentType = type;
        c.kind = ChargeKind.SESSION;
        c.currency = "USD";
        c.sessionFeeCents = fee;
        if (type == PaymentType.THRIZER_PAY) {
            c.clientFeeCents = Math.round(fee * 0.05);
            c.cardAmountCents = responsibility + c.clientFeeCents;
            c.advanceCents = fee - responsibility;
        } else {
            c.cardAmountCents = fee;
        }
        ChargeSettlement.applyWaiver(c, waived);
        return c;
    }

    private static long practiceLine(Posting p) {
        return p.lines().stream()
                .filter(l -> l.account().code() == Account.Code.PRACTICE_BALANCE)
                .mapToLong(l -> l.amount().cents())
                .sum();
    }

    @Test
    void theHelpCenterThrizerPayPosting() {
        Charge c = charge(PaymentType.THRIZER_PAY, 20000, 2500, 0);
        Posting p = ChargePostings.charge(c, MONDAY);
        assertEquals(-19400, practiceLine(p));
        // available two business days later: Monday -> Wednesday
        assertEquals(
                LocalDate.of(2026, 11, 25),
                p.lines().stream()
                        .filter(l -> l.account().code() == Account.Code.PRACTICE_BALANCE)
                        .findFirst()
                        .orElseThrow()
                        .availableOn());
    }

    record Amounts(long fee, long responsibilityRaw, long waiverRaw, PaymentType type) {}

    static Stream<Case<Amounts>> amounts() {
        return GeneratedCases.of(
                1000,
                d -> new Amounts(
                        d.between(100L, 10_000_000L),
                        d.between(0L, 10_000_000L),
                        d.between(0L, 250_000L),
                        d.oneOf(PaymentType.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amounts")
    void chargesAndFullRefundsBalance(Case<Amounts> c) {
        Amounts v = c.values();
        c.check(() -> {
            long fee = v.fee();
            long responsibility = Math.min(v.responsibilityRaw(), fee - 1);
            long waived = Math.min(v.waiverRaw(), fee);
            Charge charge = charge(v.type(), fee, responsibility, waived);
            Posting posting = ChargePostings.charge(charge, MONDAY); // the constructor refuses an unbalanced posting
            assertEquals(-charge.netCents, practiceLine(posting));
            assertEquals(fee - charge.processingFeeCents, charge.netCents);

            Refund r = new Refund();
            r.id = UUID.randomUUID();
            r.amountCents = charge.cardAmountCents;
            r.currency = "USD";
            Posting refund = ChargePostings.refund(charge, r, MONDAY);
            assertEquals(v.type() == PaymentType.THRIZER_PAY ? fee : charge.cardAmountCents, practiceLine(refund));
        });
    }
}
