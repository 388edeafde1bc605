package com.thrizer.events.persistence;

import com.thrizer.shared.persistence.PracticeOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Where a practice's events are delivered; its signing secrets are stored encrypted. */
@Entity
@Table(name = "webhook_endpoints")
public class WebhookEndpoint extends PracticeOwnedEntity {
    public enum Status {
        ENABLED,
        DISABLED
    }

    public static final String ALL_EVENTS = "*";
    public static final String DISABLED_BY_USER = "disabled_by_user";
    public static final String FAILING = "failing";

    @Column(nullable = false)
    public String url;

    public String description;

    /** Comma-separated event types, or {@code *}. */
    @Column(name = "enabled_events", nullable = false)
    public String enabledEvents;

    /** Comma-separated read scopes of its creator: no event beyond them is ever sent to it. */
    @Column(name = "allowed_scopes", nullable = false, updatable = false)
    public String allowedScopes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "secret_encrypted", nullable = false)
    public String secretEncrypted;

    @Column(name = "previous_secret_encrypted")
    public String previousSecretEncrypted;

    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<String> enabledEventList() {
        return Arrays.asList(enabledEvents.split(","));
    }

    /** The previous secret while it still signs (24 hours after a rotation). */
    public boolean previousSecretValidAt(Instant at) {
        return previousSecretEncrypted != null
                && previousSecretExpiresAt != null
                && at.isBefore(previousSecretExpiresAt);
    }
}
