package com.thrizer.charges;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.PaymentType;
import com.thrizer.ledger.Account;
import com.thrizer.ledger.Posting;
import java.time.LocalDate;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

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

    @Property
    void chargesAndFullRefundsBalance(
            @ForAll @LongRange(min = 100, max = 10_000_000) long fee,
            @ForAll @LongRange(min = 0, max = 10_000_000) long responsibilityRaw,
            @ForAll @LongRange(min = 0, max = 250_000) long waiverRaw,
            @ForAll PaymentType type) {
        long responsibility = Math.min(responsibilityRaw, fee - 1);
        long waived = Math.min(waiverRaw, fee);
        Charge c = charge(type, fee, responsibility, waived);
        Posting posting = ChargePostings.charge(c, MONDAY); // the constructor refuses an unbalanced posting
        assertEquals(-c.netCents, practiceLine(posting));
        assertEquals(fee - c.processingFeeCents, c.netCents);

        Refund r = new Refund();
        r.id = UUID.randomUUID();
        r.amountCents = c.cardAmountCents;
        r.currency = "USD";
        Posting refund = ChargePostings.refund(c, r, MONDAY);
        assertEquals(type == PaymentType.THRIZER_PAY ? fee : c.cardAmountCents, practiceLine(refund));
    }
}
