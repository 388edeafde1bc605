package com.thrizer.benefits.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thrizer.benefits.persistence.BenefitCheck;
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

    public BenefitInterpretation interpret(EligibilityResponse response) {
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
        Benefits benefits = new Benefits();
        for (JsonNode row : root.path("benefitsInformation")) {
            benefits.add(row);
        }
        return benefits.interpretation(begin, end);
    }

    /** What the rows of one answer say, gathered one benefit code at a time. */
    private static final class Benefits {
        private static final String PLAN_YEAR_TOTAL = "23";
        private static final String REMAINING = "29";

        private boolean active;
        private boolean inactive;
        private boolean oonNotCovered;
        private Long deductibleTotal;
        private Long deductibleLeft;
        private Long oopTotal;
        private Long oopLeft;
        private Integer coinsurance;

        void add(JsonNode row) {
            switch (row.path("code").asText()) {
                case "1" -> active = true;
                case "6" -> inactive = true;
                case "I" -> oonNotCovered |= outOfNetwork(row);
                case "C" -> deductible(row);
                case "G" -> outOfPocket(row);
                case "A" -> coinsurance(row);
                default -> {}
            }
        }

        private void deductible(JsonNode row) {
            String period = individualOutOfNetworkPeriod(row);
            if (PLAN_YEAR_TOTAL.equals(period)) {
                deductibleTotal = cents(row.path("benefitAmount"));
            } else if (REMAINING.equals(period)) {
                deductibleLeft = cents(row.path("benefitAmount"));
            }
        }

        private void outOfPocket(JsonNode row) {
            String period = individualOutOfNetworkPeriod(row);
            if (PLAN_YEAR_TOTAL.equals(period)) {
                oopTotal = cents(row.path("benefitAmount"));
            } else if (REMAINING.equals(period)) {
                oopLeft = cents(row.path("benefitAmount"));
            }
        }

        private void coinsurance(JsonNode row) {
            if (outOfNetwork(row) && row.hasNonNull("benefitPercent")) {
                coinsurance = new BigDecimal(row.path("benefitPercent").asText())
                        .movePointRight(4)
                        .intValueExact();
            }
        }

        private static boolean outOfNetwork(JsonNode row) {
            return "N".equals(row.path("inPlanNetworkIndicatorCode").asText());
        }

        /** The row's time qualifier when it is an out-of-network row for the individual, otherwise null. */
        private static String individualOutOfNetworkPeriod(JsonNode row) {
            boolean individual = !row.has("coverageLevelCode")
                    || "IND".equals(row.path("coverageLevelCode").asText());
            return outOfNetwork(row) && individual
                    ? row.path("timeQualifierCode").asText()
                    : null;
        }

        BenefitInterpretation interpretation(LocalDate begin, LocalDate end) {
            if (inactive && !active) {
                return withoutAmounts(BenefitCheck.Status.COMPLETE, null, false, BenefitCheck.Oon.UNKNOWN, begin, end);
            }
            if (oonNotCovered) {
                return withoutAmounts(BenefitCheck.Status.COMPLETE, null, true, BenefitCheck.Oon.NO, begin, end);
            }
            if (!active || deductibleTotal == null || coinsurance == null) {
                return withoutAmounts(
                        BenefitCheck.Status.INCOMPLETE,
                        BenefitCheck.FailureReason.MISSING_BENEFIT_DETAILS,
                        active ? true : null,
                        BenefitCheck.Oon.UNKNOWN,
                        begin,
                        end);
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

        private static BenefitInterpretation withoutAmounts(
                BenefitCheck.Status status,
                BenefitCheck.FailureReason reason,
                Boolean coverageActive,
                BenefitCheck.Oon oon,
                LocalDate begin,
                LocalDate end) {
            return new BenefitInterpretation(
                    status, reason, coverageActive, oon, begin, end, null, null, null, null, null);
        }
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
