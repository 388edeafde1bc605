package com.thrizer.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.thrizer.claims.persistence.Claim;
import com.thrizer.ledger.Account;
import com.thrizer.ledger.Posting;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a decided claim's money goes (DOMAIN.md section 5): pure rules, to the cent. */
class ClaimRoutingTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Claim claim(Claim.Source source, String type, long billed, long advance, long clientFee) {
        Claim c = new Claim();
        c.id = UUID.randomUUID();
        c.practiceId = UUID.randomUUID();
        c.source = source;
        c.paymentType = type;
        c.billedCents = billed;
        c.currency = "USD";
        c.advanceCents = advance;
        c.clientFeeCents = clientFee;
        return c;
    }

    private static long sum(Posting p, Account.Code code) {
        return p.lines().stream()
                .filter(l -> l.account().code() == code)
                .mapToLong(l -> l.amount().cents())
                .sum();
    }

    @Test
    void oonPayTakesOnePercentOfTheSessionFeeFromAPositivePayment() {
        Claim c = claim(Claim.Source.CHARGE, "OON_PAY", 20000, 0, 0);
        ClaimRouting r = ClaimRouting.of(c, true, 9600);
        assertEquals(new ClaimRouting(9600, 9400, 200, 0, 0, 0), r);
        Posting p = r.posting(c, TODAY);
        assertEquals(9600, sum(p, Account.Code.PLATFORM_CASH));
        assertEquals(-9400, sum(p, Account.Code.CLIENT_REIMBURSEMENTS_PAYABLE));
        assertEquals(-200, sum(p, Account.Code.PLATFORM_FEE_REVENUE));
    }

    @Test
    void theOonPayFeeNeverExceedsThePaymentAndIsNotTakenFromNothing() {
        Claim c = claim(Claim.Source.CHARGE, "OON_PAY", 20000, 0, 0);
        assertEquals(new ClaimRouting(150, 0, 150, 0, 0, 0), ClaimRouting.of(c, true, 150));
        ClaimRouting nothing = ClaimRouting.of(c, true, 0);
        assertEquals(new ClaimRouting(0, 0, 0, 0, 0, 0), nothing);
        assertNull(nothing.posting(c, TODAY));
        // half-up: 1% of $123.45 is $1.2345 -> $1.23; of $150.50 is $1.505 -> $1.51
        assertEquals(
                123,
                ClaimRouting.of(claim(Claim.Source.CHARGE, "OON_PAY", 12345, 0, 0), true, 5000)
                        .feeCents());
        assertEquals(
                151,
                ClaimRouting.of(claim(Claim.Source.CHARGE, "OON_PAY", 15050, 0, 0), true, 5000)
                        .feeCents());
    }

    @Test
    void clientFiledClaimsPayEverythingToTheClient() {
        Claim c = claim(Claim.Source.SUPERBILL_UPLOAD, null, 20000, 0, 0);
        assertEquals(new ClaimRouting(9600, 9600, 0, 0, 0, 0), ClaimRouting.of(c, true, 9600));
    }

    @Test
    void thrizerPayRepaysTheAdvanceFirst() {
        Claim c = claim(Claim.Source.CHARGE, "THRIZER_PAY", 20000, 17500, 1000);
        ClaimRouting shortfall = ClaimRouting.of(c, true, 9600);
        assertEquals(new ClaimRouting(9600, 0, 0, 9600, 7900, 0), shortfall);
        Posting p = shortfall.posting(c, TODAY);
        assertEquals(-17500, sum(p, Account.Code.ADVANCES_RECEIVABLE)); // the advance is closed either way
        assertEquals(7900, sum(p, Account.Code.WRITE_OFFS));

        assertEquals(new ClaimRouting(19000, 1500, 0, 17500, 0, 0), ClaimRouting.of(c, true, 19000));
        assertEquals(new ClaimRouting(17500, 0, 0, 17500, 0, 0), ClaimRouting.of(c, true, 17500));
    }

    @Test
    void aDeniedThrizerPayClaimWritesOffTheAdvanceAndOwesTheFeeBack() {
        Claim c = claim(Claim.Source.CHARGE, "THRIZER_PAY", 20000, 17500, 1000);
        ClaimRouting r = ClaimRouting.of(c, false, 0);
        assertEquals(new ClaimRouting(0, 0, 0, 0, 17500, 1000), r);
        Posting p = r.posting(c, TODAY);
        assertEquals(1000, sum(p, Account.Code.PLATFORM_FEE_REVENUE));
        assertEquals(-1000, sum(p, Account.Code.CLIENT_REIMBURSEMENTS_PAYABLE));
        // an approval with $0 paid writes the advance off too, but keeps the fee
        assertEquals(new ClaimRouting(0, 0, 0, 0, 17500, 0), ClaimRouting.of(c, true, 0));
    }

    @Test
    void resultsFollowTheFigures() {
        assertEquals(
                Claim.Result.REIMBURSED,
                ClaimDecisions.resultOf(
                        new ClaimDecisions.Adjudication(true, 12000, 0, 2400, 9600, null, TODAY, null)));
        assertEquals(
                Claim.Result.PARTIALLY_REIMBURSED,
                ClaimDecisions.resultOf(
                        new ClaimDecisions.Adjudication(true, 12000, 5000, 1400, 5600, null, TODAY, null)));
        assertEquals(
                Claim.Result.APPLIED_TO_DEDUCTIBLE,
                ClaimDecisions.resultOf(new ClaimDecisions.Adjudication(true, 12000, 12000, 0, 0, null, TODAY, null)));
        assertEquals(
                Claim.Result.DENIED,
                ClaimDecisions.resultOf(new ClaimDecisions.Adjudication(false, 0, 0, 0, 0, null, TODAY, "no")));
    }
}
