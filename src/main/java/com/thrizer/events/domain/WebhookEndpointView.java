package com.thrizer.events.domain;

import com.thrizer.events.persistence.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook endpoint as the API shows it (never its secrets). Values only. */
public record WebhookEndpointView(
        UUID id,
        String url,
        String description,
        List<String> enabledEvents,
        WebhookEndpoint.Status status,
        String disabledReason,
        Instant failingSince,
        Instant previousSecretExpiresAt,
        Instant createdAt,
        Instant updatedAt) {

    public WebhookEndpointView {
        enabledEvents = List.copyOf(enabledEvents);
    }

    static WebhookEndpointView of(WebhookEndpoint e) {
        return new WebhookEndpointView(
                e.id,
                e.url,
                e.description,
                e.enabledEventList(),
                e.status,
                e.disabledReason,
                e.failingSince,
                e.previousSecretExpiresAt,
                e.createdAt,
                e.updatedAt);
    }
}
