package com.thrizer.benefits.eligibility;

import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.PaymentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The payment-type decision for a client: every unmet condition per type (empty = available). */
public record Eligibility(UUID clientId, ChargeKind kind, UUID benefitCheckId, Map<PaymentType, List<String>> reasons) {
    public List<String> reasonsFor(PaymentType type) {
        return reasons.get(type);
    }
}
