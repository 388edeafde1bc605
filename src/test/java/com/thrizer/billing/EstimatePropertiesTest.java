package com.thrizer.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.shared.money.Money;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the estimate for any figures (jqwik property-based tests). */
class EstimatePropertiesTest {

    @Property(tries = 2000)
    void reimbursementStaysWithinTheFeeAndCostsAddUp(
            @ForAll @LongRange(min = 1, max = 5_000_000) long fee,
            @ForAll @LongRange(min = 0, max = 5_000_000) long allowed,
            @ForAll @LongRange(min = 0, max = 1_000_000) long deductibleLeft,
            @ForAll @IntRange(min = 0, max = 10_000) int coinsuranceBps,
            @ForAll @LongRange(min = -1, max = 2_000_000) long oopLeft) {
        BenefitFigures figures = new BenefitFigures(
                Money.usd(deductibleLeft), oopLeft < 0 ? null : Money.usd(oopLeft), coinsuranceBps, Money.usd(allowed));
        SessionEstimate e = EstimateCalculator.estimate(Money.usd(fee), figures);
        assertTrue(e.reimbursement().cents() >= 0, "never negative");
        assertTrue(e.reimbursement().cents() <= fee, "never above the fee");
        assertTrue(e.reimbursement().cents() <= allowed, "never above the allowed amount");
        assertEquals(fee, e.clientCost().cents() + e.reimbursement().cents(), "client cost + reimbursement = fee");
        assertEquals(
                e.base().cents(), e.clientShare().cents() + e.reimbursement().cents());
        assertTrue(e.deductible().cents() <= deductibleLeft);
    }

    @Property(tries = 300)
    void projectionNeverOverdrawsTheDeductible(
            @ForAll @LongRange(min = 100, max = 100_000) long fee,
            @ForAll @LongRange(min = 0, max = 100_000) long allowed,
            @ForAll @LongRange(min = 0, max = 500_000) long deductibleLeft,
            @ForAll @IntRange(min = 0, max = 10_000) int coinsuranceBps,
            @ForAll @IntRange(min = 1, max = 52) int sessions) {
        var rows = EstimateCalculator.projection(
                Money.usd(fee),
                new BenefitFigures(Money.usd(deductibleLeft), null, coinsuranceBps, Money.usd(allowed)),
                sessions);
        long applied =
                rows.stream().mapToLong(r -> r.estimate().deductible().cents()).sum();
        assertTrue(applied <= deductibleLeft);
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(
                    rows.get(i).estimate().reimbursement().cents()
                            >= rows.get(i - 1).estimate().reimbursement().cents(),
                    "reimbursement never falls as the deductible burns");
        }
    }

    @Property(tries = 1000)
    void quotesBalance(
            @ForAll @LongRange(min = 100, max = 5_000_000) long fee,
            @ForAll @LongRange(min = 0, max = 5_000_000) long allowed,
            @ForAll @IntRange(min = 0, max = 10_000) int coinsuranceBps,
            @ForAll @LongRange(min = 0, max = 300_000) long waiver) {
        Money f = Money.usd(fee);
        SessionEstimate e = EstimateCalculator.estimate(
                f, new BenefitFigures(Money.usd(0), null, coinsuranceBps, Money.usd(allowed)));
        Quote thrizer = QuoteCalculator.quote(PaymentType.THRIZER_PAY, ChargeKind.SESSION, f, e, Money.usd(waiver));
        assertEquals(
                fee,
                thrizer.cardAmount().cents()
                        - thrizer.clientFee().cents()
                        + thrizer.thrizerAdvance().cents(),
                "card (minus Thrizer's fee) + advance = the practice's fee");
        assertEquals(
                fee, thrizer.clinicianNet().cents() + thrizer.processingFee().cents());
        Quote oon = QuoteCalculator.quote(PaymentType.OON_PAY, ChargeKind.SESSION, f, e, Money.usd(waiver));
        assertTrue(
                oon.clientFee().cents() <= oon.estimatedReimbursement().cents(),
                "the 1% comes out of the reimbursement");
        assertTrue(oon.processingFee().cents() <= Math.round(fee * 0.03) + 1);
    }
}
