package com.thrizer.shared.security;

import java.util.Set;

/** Role names as they appear in tokens and in {@code @RolesAllowed}. */
public final class Roles {
    public static final String CLIENT = "client";
    public static final String CLINICIAN = "clinician";
    public static final String STAFF_MEMBER = "staff_member";
    public static final String PRACTICE_ADMIN = "practice_admin";
    public static final String OPERATOR = "operator";
    /** Marker role of every API-key caller. */
    public static final String API_KEY = "api_key";

    public static final Set<String> PRACTICE_ROLES = Set.of(PRACTICE_ADMIN, CLINICIAN, STAFF_MEMBER);

    private Roles() {}
}
