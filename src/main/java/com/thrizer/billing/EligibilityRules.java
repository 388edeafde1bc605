package com.thrizer.billing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The payment-type decision table of DOMAIN.md section 4, evaluated before any pricing. Every unmet condition is
 * reported (not just the first), so a dashboard can tell the clinician everything that is missing.
 */
public final class EligibilityRules {
    private EligibilityRules() {}

    /** Reasons each payment type is unavailable; an empty list means available. */
    public static Map<PaymentType, List<String>> decide(EligibilityFacts f) {
        Map<PaymentType, List<String>> result = new EnumMap<>(PaymentType.class);
        result.put(PaymentType.SELF_PAY, List.of());
        List<String> oon = oonPayReasons(f);
        result.put(PaymentType.OON_PAY, List.copyOf(oon));
        List<String> thrizer = new ArrayList<>(oon);
        if (f.checkComplete()
                && f.deductibleRemaining() != null
                && f.deductibleRemaining().isPositive()) {
            thrizer.add("deductible_not_met");
        }
        if (!f.allowedVerified()) {
            thrizer.add("allowed_amount_unverified");
        }
        if (f.hasInsurance() && f.insurerUsable() && !f.insurerThrizerPayCapable()) {
            thrizer.add("insurer_not_thrizer_pay_capable");
        }
        result.put(PaymentType.THRIZER_PAY, List.copyOf(thrizer));
        return result;
    }

    private static List<String> oonPayReasons(EligibilityFacts f) {
        List<String> reasons = new ArrayList<>();
        if (f.kind() != ChargeKind.SESSION) {
            reasons.add("self_pay_only_charge_kind");
        }
        if (!f.hasInsurance()) {
            reasons.add("insurance_required");
        } else if (!f.insurerUsable()) {
            reasons.add("insurer_under_review");
        } else if (!f.hasBenefitCheck()) {
            reasons.add("benefit_check_required");
        } else if (!f.checkComplete()) {
            reasons.add("benefit_check_incomplete");
        } else {
            if (f.checkStale()) {
                reasons.add("benefit_check_stale");
            }
            if (Boolean.FALSE.equals(f.coverageActive())) {
                reasons.add("coverage_inactive");
            } else if (!Boolean.TRUE.equals(f.oonBenefits())) {
                reasons.add("no_oon_benefits");
            }
        }
        if (!f.hasDiagnosis()) {
            reasons.add("diagnosis_required");
        }
        return reasons;
    }
}
