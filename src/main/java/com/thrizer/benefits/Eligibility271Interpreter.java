package com.thrizer.benefits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thrizer.clearinghouse.EligibilityResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Reads a 271-style eligibility answer (rows of {@code benefitsInformation}) for out-of-network mental health:
 * EB code 1/6 active/inactive coverage, I non-covered, C deductible, G out-of-pocket, A coinsurance; network
 * indicator N (out of network); time qualifier 23 (plan year total) or 29 (remaining); coverage level IND.
 * Amounts are dollars (converted exactly to cents), coinsurance a decimal fraction (to basis points). An answer
 * without the out-of-network deductible and coinsurance is incomplete, never "no coverage".
 */
@ApplicationScoped
public class Eligibility271Interpreter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private final ObjectMapper json;

    Eligibility271Interpreter(ObjectMapper json) {
        this.json = json;
    }

    BenefitInterpretation interpret(EligibilityResponse response) {
        if (response.outcome() == EligibilityResponse.Outcome.TIMEOUT) {
            return BenefitInterpretation.failed(BenefitCheck.FailureReason.PAYER_TIMEOUT);
        }
        if (response.outcome() == EligibilityResponse.Outcome.ERROR || response.rawJson() == null) {
            return BenefitInterpretation.failed(BenefitCheck.FailureReason.PAYER_ERROR);
        }
        try {
            return read(json.readTree(response.rawJson()));
        } catch (Exception e) {
            return BenefitInterpretation.failed(BenefitCheck.FailureReason.PAYER_ERROR);
        }
    }

    private BenefitInterpretation read(JsonNode root) {
        LocalDate begin = date(root.path("planDateInformation").path("planBegin"));
        LocalDate end = date(root.path("planDateInformation").path("planEnd"));
        boolean active = false;
        boolean inactive = false;
        boolean oonNotCovered = false;
        Long deductibleTotal = null;
        Long deductibleLeft = null;
        Long oopTotal = null;
        Long oopLeft = null;
        Integer coinsurance = null;
        for (JsonNode row : root.path("benefitsInformation")) {
            String code = row.path("code").asText();
            boolean outOfNetwork =
                    "N".equals(row.path("inPlanNetworkIndicatorCode").asText());
            boolean individual = !row.has("coverageLevelCode")
                    || "IND".equals(row.path("coverageLevelCode").asText());
            String period = row.path("timeQualifierCode").asText();
            switch (code) {
                case "1" -> active = true;
                case "6" -> inactive = true;
                case "I" -> oonNotCovered |= outOfNetwork;
                case "C" -> {
                    if (outOfNetwork && individual && "23".equals(period)) {
                        deductibleTotal = cents(row.path("benefitAmount"));
                    } else if (outOfNetwork && individual && "29".equals(period)) {
                        deductibleLeft = cents(row.path("benefitAmount"));
                    }
                }
                case "G" -> {
                    if (outOfNetwork && individual && "23".equals(period)) {
                        oopTotal = cents(row.path("benefitAmount"));
                    } else if (outOfNetwork && individual && "29".equals(period)) {
                        oopLeft = cents(row.path("benefitAmount"));
                    }
                }
                case "A" -> {
                    if (outOfNetwork && row.hasNonNull("benefitPercent")) {
                        coinsurance = new BigDecimal(row.path("benefitPercent").asText())
                                .movePointRight(4)
                                .intValueExact();
                    }
                }
                default -> {}
            }
        }
        if (inactive && !active) {
            return new BenefitInterpretation(
                    BenefitCheck.Status.COMPLETE,
                    null,
                    false,
                    BenefitCheck.Oon.UNKNOWN,
                    begin,
                    end,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        if (oonNotCovered) {
            return new BenefitInterpretation(
                    BenefitCheck.Status.COMPLETE,
                    null,
                    true,
                    BenefitCheck.Oon.NO,
                    begin,
                    end,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        if (!active || deductibleTotal == null || coinsurance == null) {
            return new BenefitInterpretation(
                    BenefitCheck.Status.INCOMPLETE,
                    BenefitCheck.FailureReason.MISSING_BENEFIT_DETAILS,
                    active ? true : null,
                    BenefitCheck.Oon.UNKNOWN,
                    begin,
                    end,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        long left = deductibleLeft == null ? deductibleTotal : Math.min(deductibleLeft, deductibleTotal);
        return new BenefitInterpretation(
                BenefitCheck.Status.COMPLETE,
                null,
                true,
                BenefitCheck.Oon.YES,
                begin,
                end,
                deductibleTotal,
                left,
                oopTotal,
                oopLeft == null ? oopTotal : oopLeft,
                coinsurance);
    }

    private static Long cents(JsonNode amount) {
        if (amount.isMissingNode() || amount.isNull() || amount.asText().isBlank()) {
            return null;
        }
        return new BigDecimal(amount.asText()).movePointRight(2).longValueExact();
    }

    private static LocalDate date(JsonNode node) {
        return node.isMissingNode() || node.asText().isBlank() ? null : LocalDate.parse(node.asText(), DATE);
    }
}
