package com.thrizer.clearinghouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Deterministic sandbox payer: the member id's prefix picks the scenario, any other member id gets benefits derived
 * from a checksum of it. Same inputs, same answer, always. Amounts are dollars as strings and percents as decimals,
 * as in real 271 answers.
 *
 * <ul>
 *   <li>{@code SBX-DEDMET-}: deductible $1,000 met, 20% coinsurance, out-of-pocket $5,000 with $4,200 left
 *   <li>{@code SBX-DEDNOTMET-}: deductible $1,500 with $1,200 left, 20% coinsurance, out-of-pocket $6,000, $5,000 left
 *   <li>{@code SBX-NOOON-}: active, out-of-network mental health not covered
 *   <li>{@code SBX-INACTIVE-}: coverage inactive
 *   <li>{@code SBX-TIMEOUT-}: the payer does not answer
 *   <li>{@code SBX-PARTIAL-}: active coverage but no out-of-network deductible or coinsurance
 *   <li>{@code SBX-DENY-}: like {@code SBX-DEDMET-} (its claims are denied)
 * </ul>
 */
@ApplicationScoped
@DefaultBean
public class SandboxClearinghouse implements Clearinghouse {
    private final ObjectMapper json;

    SandboxClearinghouse(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public EligibilityResponse checkEligibility(EligibilityRequest request) {
        String member = request.memberId().toUpperCase(Locale.ROOT);
        if (member.startsWith("SBX-TIMEOUT-")) {
            return new EligibilityResponse(EligibilityResponse.Outcome.TIMEOUT, null);
        }
        ObjectNode root = header(request);
        ArrayNode benefits = root.putArray("benefitsInformation");
        if (member.startsWith("SBX-INACTIVE-")) {
            row(benefits, "6", "Inactive", null, null, null, null, null);
        } else if (member.startsWith("SBX-NOOON-")) {
            row(benefits, "1", "Active Coverage", null, null, null, null, null);
            row(benefits, "I", "Non-Covered", null, "N", null, null, null);
            row(benefits, "C", "Deductible", "IND", "Y", "23", "500", null);
        } else if (member.startsWith("SBX-PARTIAL-")) {
            row(benefits, "1", "Active Coverage", null, null, null, null, null);
            row(benefits, "C", "Deductible", "IND", "Y", "23", "500", null);
        } else if (member.startsWith("SBX-DEDMET-") || member.startsWith("SBX-DENY-")) {
            plan(benefits, "1000", "0", "5000", "4200", "0.2");
        } else if (member.startsWith("SBX-DEDNOTMET-")) {
            plan(benefits, "1500", "1200", "6000", "5000", "0.2");
        } else {
            derived(benefits, member);
        }
        return new EligibilityResponse(EligibilityResponse.Outcome.ANSWERED, root.toString());
    }

    private ObjectNode header(EligibilityRequest request) {
        ObjectNode root = json.createObjectNode();
        root.put("controlNumber", String.format("%09d", Math.abs(checksum(request.memberId()) % 1_000_000_000L)));
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

    private static void plan(
            ArrayNode benefits, String deductible, String deductibleLeft, String oop, String oopLeft, String coins) {
        row(benefits, "1", "Active Coverage", null, null, null, null, null);
        row(benefits, "C", "Deductible", "IND", "N", "23", deductible, null);
        row(benefits, "C", "Deductible", "IND", "N", "29", deductibleLeft, null);
        row(benefits, "G", "Out of Pocket (Stop Loss)", "IND", "N", "23", oop, null);
        row(benefits, "G", "Out of Pocket (Stop Loss)", "IND", "N", "29", oopLeft, null);
        row(benefits, "A", "Co-Insurance", "IND", "N", "27", null, coins);
        row(benefits, "C", "Deductible", "IND", "Y", "23", "500", null);
        row(benefits, "A", "Co-Insurance", "IND", "Y", "27", null, "0.1");
    }

    /** Any other member id: benefits derived from a checksum of it (deterministic). */
    private static void derived(ArrayNode benefits, String member) {
        long c = Math.abs(checksum(member));
        int[] deductibles = {500, 1000, 1500, 2000, 3000};
        int[] coinsurance = {10, 20, 30, 40, 50};
        int deductible = deductibles[(int) (c % deductibles.length)];
        int left = (int) (deductible * ((c / 7) % 5) / 4);
        int oop = deductible * 4;
        plan(
                benefits,
                Integer.toString(deductible),
                Integer.toString(left),
                Integer.toString(oop),
                Integer.toString(oop - (deductible - left)),
                "0."
                        + String.format("%02d", coinsurance[(int) ((c / 11) % coinsurance.length)])
                                .replaceAll("0$", ""));
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

    private static long checksum(String s) {
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
