package com.thrizer.processor;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * Test-mode processor: deterministic card tokens, like a payment provider's test mode. The decline tokens attach
 * fine and fail when charged (charges issue).
 */
@ApplicationScoped
@DefaultBean
public class SandboxPaymentProcessor implements PaymentProcessor {
    static final Map<String, CardDetails> TOKENS = Map.of(
            "tok_visa", card(CardDetails.Brand.VISA, "4242", CardDetails.Funding.CREDIT, false),
            "tok_mastercard", card(CardDetails.Brand.MASTERCARD, "4444", CardDetails.Funding.CREDIT, false),
            "tok_amex", card(CardDetails.Brand.AMEX, "8431", CardDetails.Funding.CREDIT, false),
            "tok_hsa_visa", card(CardDetails.Brand.VISA, "0077", CardDetails.Funding.DEBIT, true),
            "tok_chargeDeclined", card(CardDetails.Brand.VISA, "0002", CardDetails.Funding.CREDIT, false),
            "tok_insufficientFunds", card(CardDetails.Brand.VISA, "9995", CardDetails.Funding.DEBIT, false),
            "tok_expiredCard", card(CardDetails.Brand.VISA, "0069", CardDetails.Funding.CREDIT, false),
            "tok_processingError", card(CardDetails.Brand.VISA, "0119", CardDetails.Funding.CREDIT, false));

    private static CardDetails card(CardDetails.Brand brand, String last4, CardDetails.Funding funding, boolean hsa) {
        return new CardDetails(null, brand, last4, 12, 2034, funding, hsa);
    }

    @Override
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
}
