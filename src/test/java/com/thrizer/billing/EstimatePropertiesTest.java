package com.thrizer.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.shared.money.Money;
import com.thrizer.testing.GeneratedCases;
import com.thrizer.testing.GeneratedCases.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the estimate for any figures (property tests over seeded generated cases, see GeneratedCases). */
class EstimatePropertiesTest {

    record EstimateFigures(long fee, long allowed, long deductibleLeft, int coinsuranceBps, long oopLeft) {}

    static Stream<Case<EstimateFigures>> estimateFigures() {
        return GeneratedCases.of(
                2000,
                d -> new EstimateFigures(
                        d.between(1L, 5_000_000L),
                        d.between(0L, 5_000_000L),
                        d.between(0L, 1_000_000L),
                        d.between(0, 10_000),
                        d.between(-1L, 2_000_000L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimateFigures")
    void reimbursementStaysWithinTheFeeAndCostsAddUp(Case<EstimateFigures> c) {
        EstimateFigures v = c.values();
        c.check(() -> {
            BenefitFigures figures = new BenefitFigures(
                    Money.usd(v.deductibleLeft()),
                    v.oopLeft() < 0 ? null : Money.usd(v.oopLeft()),
                    v.coinsuranceBps(),
                    Money.usd(v.allowed()));
            SessionEstimate e = EstimateCalculator.estimate(Money.usd(v.fee()), figures);
            assertTrue(e.reimbursement().cents() >= 0, "never negative");
            assertTrue(e.reimbursement().cents() <= v.fee(), "never above the fee");
            assertTrue(e.reimbursement().cents() <= v.allowed(), "never above the allowed amount");
            assertEquals(
                    v.fee(), e.clientCost().cents() + e.reimbursement().cents(), "client cost + reimbursement = fee");
            assertEquals(
                    e.base().cents(),
                    e.clientShare().cents() + e.reimbursement().cents());
            assertTrue(e.deductible().cents() <= v.deductibleLeft());
        });
    }

    record ProjectionFigures(long fee, long allowed, long deductibleLeft, int coinsuranceBps, int sessions) {}

    static Stream<Case<ProjectionFigures>> projectionFigures() {
        return GeneratedCases.of(
                300,
                d -> new ProjectionFigures(
                        d.between(100L, 100_000L),
                        d.between(0L, 100_000L),
                        d.between(0L, 500_000L),
                        d.between(0, 10_000),
                        d.between(1, 52)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectionFigures")
    void projectionNeverOverdrawsTheDeductible(Case<ProjectionFigures> c) {
        ProjectionFigures v = c.values();
        c.check(() -> {
            var rows = EstimateCalculator.projection(
                    Money.usd(v.fee()),
                    new BenefitFigures(Money.usd(v.deductibleLeft()), null, v.coinsuranceBps(), Money.usd(v.allowed())),
                    v.sessions());
            long applied = rows.stream()
                    .mapToLong(r -> r.estimate().deductible().cents())
                    .sum();
            assertTrue(applied <= v.deductibleLeft());
            for (int i = 1; i < rows.size(); i++) {
                assertTrue(
                        rows.get(i).estimate().reimbursement().cents()
                                >= rows.get(i - 1).estimate().reimbursement().cents(),
                        "reimbursement never falls as the deductible burns");
            }
        });
    }

    record QuoteFigures(long fee, long allowed, int coinsuranceBps, long waiver) {}

    static Stream<Case<QuoteFigures>> quoteFigures() {
        return GeneratedCases.of(
                1000,
                d -> new QuoteFigures(
                        d.between(100L, 5_000_000L),
                        d.between(0L, 5_000_000L),
                        d.between(0, 10_000),
                        d.between(0L, 300_000L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quoteFigures")
    void quotesBalance(Case<QuoteFigures> c) {
        QuoteFigures v = c.values();
        c.check(() -> {
            long fee = v.fee();
            Money f = Money.usd(fee);
            SessionEstimate e = EstimateCalculator.estimate(
                    f, new BenefitFigures(Money.usd(0), null, v.coinsuranceBps(), Money.usd(v.allowed())));
            Quote thrizer =
                    QuoteCalculator.quote(PaymentType.THRIZER_PAY, ChargeKind.SESSION, f, e, Money.usd(v.waiver()));
            assertEquals(
                    fee,
                    thrizer.cardAmount().cents()
                            - thrizer.clientFee().cents()
                            + thrizer.thrizerAdvance().cents(),
                    "card (minus Thrizer's fee) + advance = the practice's fee");
            assertEquals(
                    fee,
                    thrizer.clinicianNet().cents() + thrizer.processingFee().cents());
            Quote oon = QuoteCalculator.quote(PaymentType.OON_PAY, ChargeKind.SESSION, f, e, Money.usd(v.waiver()));
            assertTrue(
                    oon.clientFee().cents() <= oon.estimatedReimbursement().cents(),
                    "the 1% comes out of the reimbursement");
            assertTrue(oon.processingFee().cents() <= Math.round(fee * 0.03) + 1);
        });
    }
}
