package com.thrizer.shared.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** Conversions between domain values and the wire's (generated DTOs use OffsetDateTime; timestamps are UTC). */
public final class ApiValues {
    private ApiValues() {}

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** Role name as in tokens ({@code practice_admin}) to the contract's enum value ({@code PRACTICE_ADMIN}). */
    public static String roleToWire(String role) {
        return role.toUpperCase(Locale.ROOT);
    }
}
