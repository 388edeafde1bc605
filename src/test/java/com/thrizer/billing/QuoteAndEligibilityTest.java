package com.thrizer.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.thrizer.shared.money.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fees, quotes and the payment-type decision table (DOMAIN.md sections 4 and 5). */
class QuoteAndEligibilityTest {
    private static final Money FEE = Money.usd(20_000);
    private static final Money NO_WAIVER = Money.usd(0);

    private static SessionEstimate estimateWithResponsibility(long clientCostCents) {
        Money cost = Money.usd(clientCostCents);
        Money reimbursement = FEE.minus(cost);
        return new SessionEstimate(FEE, FEE, Money.usd(0), cost, cost, reimbursement, cost);
    }

    @Test
    void thrizerPayReferenceQuote() {
        Quote q = QuoteCalculator.quote(
                PaymentType.THRIZER_PAY, ChargeKind.SESSION, FEE, estimateWithResponsibility(2_500), NO_WAIVER);
        assertEquals(Money.usd(1_000), q.clientFee(), "5% of $200");
        assertEquals(Money.usd(3_500), q.cardAmount(), "$25 + $10");
        assertEquals(Money.usd(17_500), q.thrizerAdvance(), "$200 - $25");
        assertEquals(Money.usd(600), q.processingFee(), "3% of $200");
        assertEquals(Money.usd(19_400), q.clinicianNet());
    }

    @Test
    void oonPayFeeIsOnePercentOnlyWhenSomethingIsReimbursed() {
        Quote paid = QuoteCalculator.quote(
                PaymentType.OON_PAY, ChargeKind.SESSION, FEE, estimateWithResponsibility(4_000), NO_WAIVER);
        assertEquals(Money.usd(200), paid.clientFee(), "1% of $200 = $2.00");
        assertEquals(Money.usd(20_000), paid.cardAmount());
        assertEquals(Money.usd(4_200), paid.estimatedClientCost());
        Quote none = QuoteCalculator.quote(
                PaymentType.OON_PAY, ChargeKind.SESSION, FEE, estimateWithResponsibility(20_000), NO_WAIVER);
        assertEquals(Money.usd(0), none.clientFee(), "no fee before the deductible is met");
        assertEquals(Money.usd(100), Fees.oonPayClientFee(FEE, Money.usd(100)), "never more than the reimbursement");
    }

    @Test
    void selfPayAndTheReferralWaiver() {
        Quote q = QuoteCalculator.quote(PaymentType.SELF_PAY, ChargeKind.NO_SHOW_FEE, FEE, null, NO_WAIVER);
        assertEquals(FEE, q.cardAmount());
        assertEquals(Money.usd(600), q.processingFee());
        assertEquals(Money.usd(0), Fees.processingFee(FEE, Money.usd(250_000)), "fully inside the $2,500 credit");
        assertEquals(Money.usd(150), Fees.processingFee(FEE, Money.usd(15_000)), "3% of the $50 above the credit");
        assertEquals(Money.usd(2), Fees.processingFee(Money.usd(50), NO_WAIVER), "1.5 cents rounds half-up to 2");
        assertThrows(
                IllegalArgumentException.class,
                () -> QuoteCalculator.quote(PaymentType.OON_PAY, ChargeKind.NO_SHOW_FEE, FEE, null, NO_WAIVER));
    }

    private static EligibilityFacts facts(
            ChargeKind kind,
            boolean insurance,
            boolean usable,
            boolean check,
            boolean complete,
            boolean stale,
            Boolean active,
            Boolean oon,
            long deductibleLeft,
            boolean verified,
            boolean capable,
            boolean diagnosis) {
        return new EligibilityFacts(
                kind,
                insurance,
                usable,
                check,
                complete,
                stale,
                active,
                oon,
                Money.usd(deductibleLeft),
                verified,
                capable,
                diagnosis);
    }

    @Test
    void decisionTable() {
        Map<PaymentType, List<String>> all = EligibilityRules.decide(
                facts(ChargeKind.SESSION, true, true, true, true, false, true, true, 0, true, true, true));
        assertEquals(List.of(), all.get(PaymentType.SELF_PAY));
        assertEquals(List.of(), all.get(PaymentType.OON_PAY));
        assertEquals(List.of(), all.get(PaymentType.THRIZER_PAY));

        Map<PaymentType, List<String>> none = EligibilityRules.decide(
                facts(ChargeKind.SESSION, false, false, false, false, false, null, null, 0, false, false, false));
        assertEquals(List.of(), none.get(PaymentType.SELF_PAY), "Self-Pay needs nothing");
        assertEquals(List.of("insurance_required", "diagnosis_required"), none.get(PaymentType.OON_PAY));
        assertEquals(
                List.of("insurance_required", "diagnosis_required", "allowed_amount_unverified"),
                none.get(PaymentType.THRIZER_PAY));

        assertEquals(
                List.of("insurer_under_review"),
                EligibilityRules.decide(facts(
                                ChargeKind.SESSION, true, false, false, false, false, null, null, 0, true, true, true))
                        .get(PaymentType.OON_PAY));
        assertEquals(
                List.of("benefit_check_required"),
                EligibilityRules.decide(facts(
                                ChargeKind.SESSION, true, true, false, false, false, null, null, 0, true, true, true))
                        .get(PaymentType.OON_PAY));
        assertEquals(
                List.of("benefit_check_incomplete"),
                EligibilityRules.decide(facts(
                                ChargeKind.SESSION, true, true, true, false, false, null, null, 0, true, true, true))
                        .get(PaymentType.OON_PAY));
        assertEquals(
                List.of("benefit_check_stale"),
                EligibilityRules.decide(facts(
                                ChargeKind.SESSION, true, true, true, true, true, true, true, 0, true, true, true))
                        .get(PaymentType.OON_PAY));
        assertEquals(
                List.of("coverage_inactive"),
                EligibilityRules.decide(facts(
                                ChargeKind.SESSION, true, true, true, true, false, false, null, 0, true, true, true))
                        .get(PaymentType.OON_PAY));
        assertEquals(
                List.of("no_oon_benefits"),
                EligibilityRules.decide(facts(
                                ChargeKind.SESSION, true, true, true, true, false, true, false, 0, true, true, true))
                        .get(PaymentType.OON_PAY));
        Map<PaymentType, List<String>> notMet = EligibilityRules.decide(
                facts(ChargeKind.SESSION, true, true, true, true, false, true, true, 50_000, false, false, true));
        assertEquals(List.of(), notMet.get(PaymentType.OON_PAY), "OON Pay works before the deductible is met");
        assertEquals(
                List.of("deductible_not_met", "allowed_amount_unverified", "insurer_not_thrizer_pay_capable"),
                notMet.get(PaymentType.THRIZER_PAY));
        Map<PaymentType, List<String>> noShow = EligibilityRules.decide(
                facts(ChargeKind.NO_SHOW_FEE, true, true, true, true, false, true, true, 0, true, true, true));
        assertEquals(List.of(), noShow.get(PaymentType.SELF_PAY));
        assertEquals(List.of("self_pay_only_charge_kind"), noShow.get(PaymentType.OON_PAY));
        assertEquals(List.of("self_pay_only_charge_kind"), noShow.get(PaymentType.THRIZER_PAY));
    }
}
