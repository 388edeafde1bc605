package com.thrizer.clearinghouse;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The sandbox payer's plan for a member id, picked by its prefix (any other id gets figures derived from a checksum
 * of it). Eligibility answers and claim decisions read the same plan. Amounts in whole dollars.
 *
 * <ul>
 *   <li>{@code SBX-DEDMET-}: deductible $1,000 met, 20% coinsurance, out-of-pocket $5,000 with $4,200 left
 *   <li>{@code SBX-DEDNOTMET-}: deductible $1,500 with $1,200 left, 20% coinsurance, out-of-pocket $6,000, $5,000 left
 *   <li>{@code SBX-DEDLOW-}: deductible $1,000 with $50 left, 20% coinsurance (a first claim is partly reimbursed)
 *   <li>{@code SBX-NOOON-}: active, out-of-network mental health not covered (claims denied)
 *   <li>{@code SBX-INACTIVE-}: coverage inactive (claims denied)
 *   <li>{@code SBX-TIMEOUT-}: the payer does not answer eligibility, and never decides claims
 *   <li>{@code SBX-PARTIAL-}: active coverage but no out-of-network deductible or coinsurance in the answer
 *   <li>{@code SBX-DENY-}: like {@code SBX-DEDMET-}, but its claims are denied
 * </ul>
 */
record SandboxPlan(
        Scenario scenario,
        int deductible,
        int deductibleLeft,
        int outOfPocket,
        int outOfPocketLeft,
        int coinsurancePct) {
    enum Scenario {
        TIMEOUT,
        INACTIVE,
        NO_OON,
        PARTIAL,
        DENY,
        PLAN
    }

    static SandboxPlan of(String memberId) {
        String member = memberId.toUpperCase(Locale.ROOT);
        if (member.startsWith("SBX-TIMEOUT-")) {
            return new SandboxPlan(Scenario.TIMEOUT, 0, 0, 0, 0, 0);
        }
        if (member.startsWith("SBX-INACTIVE-")) {
            return new SandboxPlan(Scenario.INACTIVE, 0, 0, 0, 0, 0);
        }
        if (member.startsWith("SBX-NOOON-")) {
            return new SandboxPlan(Scenario.NO_OON, 0, 0, 0, 0, 0);
        }
        if (member.startsWith("SBX-DENY-")) {
            return new SandboxPlan(Scenario.DENY, 1000, 0, 5000, 4200, 20);
        }
        if (member.startsWith("SBX-DEDMET-")) {
            return new SandboxPlan(Scenario.PLAN, 1000, 0, 5000, 4200, 20);
        }
        if (member.startsWith("SBX-DEDNOTMET-")) {
            return new SandboxPlan(Scenario.PLAN, 1500, 1200, 6000, 5000, 20);
        }
        if (member.startsWith("SBX-DEDLOW-")) {
            return new SandboxPlan(Scenario.PLAN, 1000, 50, 5000, 4050, 20);
        }
        SandboxPlan derived = derived(member);
        return member.startsWith("SBX-PARTIAL-")
                ? new SandboxPlan(
                        Scenario.PARTIAL,
                        derived.deductible,
                        derived.deductibleLeft,
                        derived.outOfPocket,
                        derived.outOfPocketLeft,
                        derived.coinsurancePct)
                : derived;
    }

    /** Any other member id: figures derived from a checksum of it (deterministic). */
    private static SandboxPlan derived(String member) {
        long c = Math.abs(checksum(member));
        int[] deductibles = {500, 1000, 1500, 2000, 3000};
        int[] coinsurance = {10, 20, 30, 40, 50};
        int deductible = deductibles[(int) (c % deductibles.length)];
        int left = deductible * (int) ((c / 7) % 5) / 4;
        int oop = deductible * 4;
        return new SandboxPlan(
                Scenario.PLAN,
                deductible,
                left,
                oop,
                oop - (deductible - left),
                coinsurance[(int) ((c / 11) % coinsurance.length)]);
    }

    /** Whether the payer decides claims of this plan at all, and whether it denies them. */
    boolean decidesClaims() {
        return scenario != Scenario.TIMEOUT;
    }

    boolean deniesClaims() {
        return scenario == Scenario.DENY || scenario == Scenario.INACTIVE || scenario == Scenario.NO_OON;
    }

    static long checksum(String s) {
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
