package com.thrizer.clearinghouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.thrizer.shared.outbound.ProviderCall;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The sandbox clearinghouse (test mode): deterministic eligibility answers from the member id's plan ({@link
 * SandboxPlan}: same inputs, same answer, always; amounts are dollars as strings and percents as decimals, as in real
 * 271 answers), and claims decided by the {@link SandboxPayer}.
 */
@ApplicationScoped
@DefaultBean
public class SandboxClearinghouse implements Clearinghouse {
    private final ObjectMapper json;
    private final SandboxPayer payer;

    SandboxClearinghouse(ObjectMapper json, SandboxPayer payer) {
        this.json = json;
        this.payer = payer;
    }

    @Override
    @ProviderCall
    public EligibilityResponse checkEligibility(EligibilityRequest request) {
        SandboxPlan plan = SandboxPlan.of(request.memberId());
        if (plan.scenario() == SandboxPlan.Scenario.TIMEOUT) {
            return new EligibilityResponse(EligibilityResponse.Outcome.TIMEOUT, null);
        }
        ObjectNode root = header(request);
        ArrayNode benefits = root.putArray("benefitsInformation");
        switch (plan.scenario()) {
            case INACTIVE -> row(benefits, "6", "Inactive", null, null, null, null, null);
            case NO_OON -> {
                row(benefits, "1", "Active Coverage", null, null, null, null, null);
                row(benefits, "I", "Non-Covered", null, "N", null, null, null);
                row(benefits, "C", "Deductible", "IND", "Y", "23", "500", null);
            }
            case PARTIAL -> {
                row(benefits, "1", "Active Coverage", null, null, null, null, null);
                row(benefits, "C", "Deductible", "IND", "Y", "23", "500", null);
            }
            default -> plan(benefits, plan);
        }
        return new EligibilityResponse(EligibilityResponse.Outcome.ANSWERED, root.toString());
    }

    @Override
    @ProviderCall
    public void submitClaim(ClaimSubmission claim) {
        payer.receive(claim, SandboxPlan.of(claim.memberId()));
    }

    @Override
    @ProviderCall
    public ClaimStatusAnswer claimStatus(UUID controlNumber) {
        return payer.status(controlNumber);
    }

    private ObjectNode header(EligibilityRequest request) {
        ObjectNode root = json.createObjectNode();
        root.put(
                "controlNumber",
                String.format("%09d", Math.abs(SandboxPlan.checksum(request.memberId()) % 1_000_000_000L)));
        ObjectNode payer = root.putObject("payer");
        payer.put("payerId", request.payerId());
        ObjectNode subscriber = root.putObject("subscriber");
        subscriber.put("memberId", request.memberId());
        subscriber.put("firstName", request.firstName());
        subscriber.put("lastName", request.lastName());
        if (request.dateOfBirth() != null) {
            subscriber.put("dateOfBirth", request.dateOfBirth().toString().replace("-", ""));
        }
        int year = LocalDate.now().getYear();
        ObjectNode dates = root.putObject("planDateInformation");
        dates.put("planBegin", year + "0101");
        dates.put("planEnd", year + "1231");
        return root;
    }

    private static void plan(ArrayNode benefits, SandboxPlan p) {
        row(benefits, "1", "Active Coverage", null, null, null, null, null);
        row(benefits, "C", "Deductible", "IND", "N", "23", Integer.toString(p.deductible()), null);
        row(benefits, "C", "Deductible", "IND", "N", "29", Integer.toString(p.deductibleLeft()), null);
        row(benefits, "G", "Out of Pocket (Stop Loss)", "IND", "N", "23", Integer.toString(p.outOfPocket()), null);
        row(benefits, "G", "Out of Pocket (Stop Loss)", "IND", "N", "29", Integer.toString(p.outOfPocketLeft()), null);
        row(benefits, "A", "Co-Insurance", "IND", "N", "27", null, percent(p.coinsurancePct()));
        row(benefits, "C", "Deductible", "IND", "Y", "23", "500", null);
        row(benefits, "A", "Co-Insurance", "IND", "Y", "27", null, "0.1");
    }

    /** 20 -> "0.2", 5 -> "0.05": a decimal fraction, as in 271 answers. */
    static String percent(int pct) {
        return BigDecimal.valueOf(pct, 2).stripTrailingZeros().toPlainString();
    }

    private static void row(
            ArrayNode benefits,
            String code,
            String name,
            String coverageLevel,
            String inNetwork,
            String timeQualifier,
            String amount,
            String percent) {
        ObjectNode row = benefits.addObject();
        row.put("code", code);
        row.put("name", name);
        row.putArray("serviceTypeCodes").add(EligibilityRequest.MENTAL_HEALTH);
        if (coverageLevel != null) {
            row.put("coverageLevelCode", coverageLevel);
        }
        if (inNetwork != null) {
            row.put("inPlanNetworkIndicatorCode", inNetwork);
        }
        if (timeQualifier != null) {
            row.put("timeQualifierCode", timeQualifier);
        }
        if (amount != null) {
            row.put("benefitAmount", amount);
        }
        if (percent != null) {
            row.put("benefitPercent", percent);
        }
    }
}
