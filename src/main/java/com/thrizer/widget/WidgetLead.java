package com.thrizer.widget;

import java.time.Instant;
import java.util.UUID;

/** A prospective client who left their email with consent. Personal data: {@link #toString()} shows only the id. */
public record WidgetLead(
        UUID id,
        String firstName,
        String lastName,
        String email,
        String insurerId,
        UUID serviceId,
        String estimateStatus,
        Instant createdAt,
        UUID convertedClientId,
        Instant convertedAt) {
    @Override
    public String toString() {
        return "WidgetLead[" + id + "]";
    }
}
