package com.thrizer.shared.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Permissions. API keys carry the scopes they were created with; users get the scopes of their practice role.
 * Endpoints name the scope they need in {@code @RolesAllowed}, so one check serves both kinds of caller.
 */
public final class Scopes {
    public static final String PRACTICE_READ = "practice:read";
    public static final String PRACTICE_WRITE = "practice:write";
    public static final String TEAM_READ = "team:read";
    public static final String TEAM_WRITE = "team:write";
    public static final String CLIENTS_READ = "clients:read";
    public static final String CLIENTS_WRITE = "clients:write";
    public static final String BENEFITS_READ = "benefits:read";
    public static final String BENEFITS_WRITE = "benefits:write";
    public static final String CHARGES_READ = "charges:read";
    public static final String CHARGES_WRITE = "charges:write";
    public static final String REFUNDS_WRITE = "refunds:write";
    public static final String CLAIMS_READ = "claims:read";
    public static final String CLAIMS_WRITE = "claims:write";
    public static final String PAYOUTS_READ = "payouts:read";
    public static final String WIDGET_READ = "widget:read";
    public static final String WIDGET_WRITE = "widget:write";
    public static final String EVENTS_READ = "events:read";
    public static final String WEBHOOKS_READ = "webhooks:read";
    public static final String WEBHOOKS_WRITE = "webhooks:write";

    /** Every scope, in catalogue order (same as the contract's Scope enum). */
    public static final List<String> ALL = List.of(
            PRACTICE_READ,
            PRACTICE_WRITE,
            TEAM_READ,
            TEAM_WRITE,
            CLIENTS_READ,
            CLIENTS_WRITE,
            BENEFITS_READ,
            BENEFITS_WRITE,
            CHARGES_READ,
            CHARGES_WRITE,
            REFUNDS_WRITE,
            CLAIMS_READ,
            CLAIMS_WRITE,
            PAYOUTS_READ,
            WIDGET_READ,
            WIDGET_WRITE,
            EVENTS_READ,
            WEBHOOKS_READ,
            WEBHOOKS_WRITE);

    private static final Set<String> CARE_TEAM = Set.of(
            PRACTICE_READ,
            TEAM_READ,
            CLIENTS_READ,
            CLIENTS_WRITE,
            BENEFITS_READ,
            BENEFITS_WRITE,
            CHARGES_READ,
            CHARGES_WRITE,
            CLAIMS_READ,
            CLAIMS_WRITE);

    private Scopes() {}

    /**
     * Scopes granted by a practice role. Admins: everything. Clinicians: the care team's plus refunds (as provider
     * of record) and their own payout attribution. Staff: the care team's (no refunds, payouts, keys, widget).
     */
    public static Set<String> ofRole(String role) {
        Set<String> scopes = new LinkedHashSet<>();
        switch (role) {
            case Roles.PRACTICE_ADMIN -> scopes.addAll(ALL);
            case Roles.CLINICIAN -> {
                scopes.addAll(CARE_TEAM);
                scopes.add(REFUNDS_WRITE);
                scopes.add(PAYOUTS_READ);
            }
            case Roles.STAFF_MEMBER -> scopes.addAll(CARE_TEAM);
            default -> {}
        }
        return ordered(scopes);
    }

    /** The given scopes in catalogue order. */
    public static Set<String> ordered(Set<String> scopes) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : ALL) {
            if (scopes.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
