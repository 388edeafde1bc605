package com.thrizer.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.thrizer.shared.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimate formula of DOMAIN.md section 3, with the help center's reference figures. */
class EstimateCalculatorTest {

    private static Money usd(long cents) {
        return Money.usd(cents);
    }

    private static BenefitFigures figures(long deductibleLeft, Long oopLeft, int coinsuranceBps, long allowed) {
        return new BenefitFigures(
                usd(deductibleLeft), oopLeft == null ? null : usd(oopLeft), coinsuranceBps, usd(allowed));
    }

    @Test
    void helpCenterReferenceAllowedGoesToTheDeductible() {
        SessionEstimate e = EstimateCalculator.estimate(usd(20_000), figures(50_000, null, 2_000, 12_000));
        assertEquals(usd(12_000), e.base());
        assertEquals(usd(12_000), e.deductible(), "$120 applied to the deductible");
        assertEquals(usd(0), e.coinsurance());
        assertEquals(usd(0), e.reimbursement(), "$0 reimbursed");
        assertEquals(usd(20_000), e.clientCost(), "client pays $200");
        List<ProjectedSession> p = EstimateCalculator.projection(usd(20_000), figures(50_000, null, 2_000, 12_000), 2);
        assertEquals(usd(38_000), p.get(1).deductibleRemainingBefore(), "deductible remaining afterwards $380");
    }

    @Test
    void usesTheLowerOfAllowedAndFee() {
        SessionEstimate e = EstimateCalculator.estimate(usd(10_000), figures(0, null, 2_000, 15_000));
        assertEquals(usd(10_000), e.base());
        assertEquals(usd(2_000), e.coinsurance());
        assertEquals(usd(8_000), e.reimbursement());
        assertEquals(usd(2_000), e.clientCost());
    }

    @Test
    void appliesCoinsuranceAfterThePartOfTheDeductibleLeft() {
        SessionEstimate e = EstimateCalculator.estimate(usd(20_000), figures(5_000, null, 2_000, 12_000));
        assertEquals(usd(5_000), e.deductible());
        assertEquals(usd(1_400), e.coinsurance(), "20% of the $70 after the deductible");
        assertEquals(usd(6_400), e.clientShare());
        assertEquals(usd(5_600), e.reimbursement());
        assertEquals(usd(14_400), e.clientCost(), "fee - reimbursement");
    }

    @Test
    void capsTheClientShareAtTheOutOfPocketLeft() {
        SessionEstimate e = EstimateCalculator.estimate(usd(20_000), figures(50_000, 3_000L, 2_000, 12_000));
        assertEquals(usd(3_000), e.clientShare());
        assertEquals(usd(9_000), e.reimbursement());
        SessionEstimate met = EstimateCalculator.estimate(usd(20_000), figures(0, 0L, 3_000, 12_000));
        assertEquals(usd(12_000), met.reimbursement(), "out-of-pocket met: the plan pays the whole allowed amount");
    }

    @Test
    void roundsCoinsuranceOnceHalfUpToTheCent() {
        assertEquals(
                usd(1),
                EstimateCalculator.estimate(usd(5), figures(0, null, 2_500, 5)).coinsurance(),
                "1.25 -> 1");
        assertEquals(
                usd(2),
                EstimateCalculator.estimate(usd(10), figures(0, null, 1_500, 10))
                        .coinsurance(),
                "1.5 -> 2");
        assertEquals(
                usd(3_333),
                EstimateCalculator.estimate(usd(10_001), figures(0, null, 3_333, 10_001))
                        .coinsurance(),
                "3333.3333 -> 3333");
        assertEquals(
                usd(3_334),
                EstimateCalculator.estimate(usd(10_003), figures(0, null, 3_333, 10_003))
                        .coinsurance(),
                "3333.9999 -> 3334");
    }

    @Test
    void projectsTheDeductibleBurningDown() {
        List<ProjectedSession> p = EstimateCalculator.projection(usd(20_000), figures(30_000, null, 2_000, 12_000), 4);
        assertEquals(
                List.of(usd(30_000), usd(18_000), usd(6_000), usd(0)),
                p.stream().map(ProjectedSession::deductibleRemainingBefore).toList());
        assertEquals(usd(0), p.get(0).estimate().reimbursement());
        assertEquals(usd(4_800), p.get(2).estimate().reimbursement(), "$60 deductible, 20% of $60 -> 48 reimbursed");
        assertEquals(usd(9_600), p.get(3).estimate().reimbursement(), "deductible met: 80% of $120");
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> EstimateCalculator.estimate(usd(0), figures(0, null, 0, 1)));
        assertThrows(IllegalArgumentException.class, () -> figures(0, null, 10_001, 1));
        assertThrows(IllegalArgumentException.class, () -> figures(-1, null, 0, 1));
    }
}
