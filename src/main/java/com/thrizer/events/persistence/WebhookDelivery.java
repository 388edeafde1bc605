package com.thrizer.events.persistence;

import com.thrizer.shared.persistence.PracticeOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event's delivery to one endpoint: pending until the endpoint answers 2xx, or given up after 3 days. */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery extends PracticeOwnedEntity {
    public enum Status {
        PENDING,
        SUCCEEDED,
        FAILED
    }

    @Column(name = "endpoint_id", nullable = false, updatable = false)
    public UUID endpointId;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    /** The document of a test event (not listed); null for a listed event. */
    @Column(name = "test_payload", updatable = false)
    public String testPayload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "attempt_count", nullable = false)
    public int attemptCount;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
