package com.thrizer.processor;

import com.thrizer.shared.money.Money;
import com.thrizer.shared.outbound.ProviderCall;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-mode processor: deterministic card tokens, like a payment provider's test mode. The decline tokens attach
 * fine and fail when charged. {@code tok_processorUnavailable} cards meet an outage on every charge;
 * {@code tok_processorUnavailableOnce} cards on the first call of each idempotency key only (a retry succeeds).
 * {@code tok_processorTimeout} cards are charged, but the first answer for each key is lost (a timeout): asking again
 * with the same key answers the charge that was made.
 * Charges and refunds are idempotent by key, as with a real processor.
 */
@ApplicationScoped
@DefaultBean
public class SandboxPaymentProcessor implements PaymentProcessor {
    private final Map<String, Object> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> outagesSeen = new ConcurrentHashMap<>();

    static final Map<String, CardDetails> TOKENS = Map.ofEntries(
            Map.entry("tok_visa", card(CardDetails.Brand.VISA, "4242", CardDetails.Funding.CREDIT, false)),
            Map.entry("tok_mastercard", card(CardDetails.Brand.MASTERCARD, "4444", CardDetails.Funding.CREDIT, false)),
            Map.entry("tok_amex", card(CardDetails.Brand.AMEX, "8431", CardDetails.Funding.CREDIT, false)),
            Map.entry("tok_hsa_visa", card(CardDetails.Brand.VISA, "0077", CardDetails.Funding.DEBIT, true)),
            Map.entry("tok_chargeDeclined", card(CardDetails.Brand.VISA, "0002", CardDetails.Funding.CREDIT, false)),
            Map.entry("tok_insufficientFunds", card(CardDetails.Brand.VISA, "9995", CardDetails.Funding.DEBIT, false)),
            Map.entry("tok_expiredCard", card(CardDetails.Brand.VISA, "0069", CardDetails.Funding.CREDIT, false)),
            Map.entry("tok_processingError", card(CardDetails.Brand.VISA, "0119", CardDetails.Funding.CREDIT, false)),
            Map.entry(
                    "tok_processorUnavailable",
                    card(CardDetails.Brand.VISA, "0341", CardDetails.Funding.CREDIT, false)),
            Map.entry(
                    "tok_processorUnavailableOnce",
                    card(CardDetails.Brand.VISA, "0358", CardDetails.Funding.CREDIT, false)),
            Map.entry("tok_processorTimeout", card(CardDetails.Brand.VISA, "0366", CardDetails.Funding.CREDIT, false)));

    private static final Map<String, String> DECLINES = Map.of(
            "chargeDeclined", "card_declined",
            "insufficientFunds", "insufficient_funds",
            "expiredCard", "expired_card",
            "processingError", "processing_error");

    private static CardDetails card(CardDetails.Brand brand, String last4, CardDetails.Funding funding, boolean hsa) {
        return new CardDetails(null, brand, last4, 12, 2034, funding, hsa);
    }

    @Override
    @ProviderCall
    public CardDetails attachCard(String token) {
        CardDetails template = TOKENS.get(token);
        if (template == null) {
            throw new CardTokenRejectedException();
        }
        String ref = "pm_sbx_" + token.substring(4) + "_"
                + UUID.randomUUID().toString().replace("-", "");
        return new CardDetails(
                ref,
                template.brand(),
                template.last4(),
                template.expMonth(),
                template.expYear(),
                template.funding(),
                template.hsaFsa());
    }

    @Override
    @ProviderCall
    public ChargeOutcome charge(String paymentMethodRef, Money amount, String idempotencyKey) {
        String token = tokenOf(paymentMethodRef);
        if (token.equals("processorUnavailable")
                || (token.equals("processorUnavailableOnce")
                        && outagesSeen.putIfAbsent(idempotencyKey, true) == null)) {
            throw new ProcessorUnavailableException();
        }
        boolean firstCall = !outcomes.containsKey("charge:" + idempotencyKey);
        ChargeOutcome outcome = (ChargeOutcome) outcomes.computeIfAbsent("charge:" + idempotencyKey, k -> {
            String decline = DECLINES.get(token);
            return decline != null
                    ? ChargeOutcome.declined(decline)
                    : ChargeOutcome.succeeded(
                            "ch_sbx_" + UUID.randomUUID().toString().replace("-", ""));
        });
        if (token.equals("processorTimeout") && firstCall) {
            throw new ProcessorTimeoutException();
        }
        return outcome;
    }

    @Override
    @ProviderCall
    public String refund(String processorChargeId, Money amount, String idempotencyKey) {
        return (String) outcomes.computeIfAbsent(
                "refund:" + idempotencyKey,
                k -> "re_sbx_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** The token a sandbox card was attached from ("visa" for pm_sbx_visa_...). */
    private static String tokenOf(String ref) {
        if (ref == null || !ref.startsWith("pm_sbx_")) {
            return "visa";
        }
        String rest = ref.substring("pm_sbx_".length());
        int underscore = rest.lastIndexOf('_');
        return underscore < 0 ? rest : rest.substring(0, underscore);
    }
}
