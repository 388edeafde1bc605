package com.thrizer.apikeys;

import com.thrizer.shared.persistence.PracticeOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A practice API key. The secret itself is never stored: only its SHA-256. */
@Entity
@Table(name = "api_keys")
public class ApiKey extends PracticeOwnedEntity {
    public enum Mode {
        TEST,
        LIVE
    }

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Mode mode;

    @Column(name = "key_hash", nullable = false, updatable = false)
    public String keyHash;

    @Column(name = "key_prefix", nullable = false, updatable = false)
    public String keyPrefix;

    @Column(name = "key_last4", nullable = false, updatable = false)
    public String keyLast4;

    /** Space-separated scope names. */
    @Column(nullable = false)
    public String scopes;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public UUID revokedBy;

    public Set<String> scopeSet() {
        return new LinkedHashSet<>(Arrays.asList(scopes.split(" ")));
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String redacted() {
        return keyPrefix + "…" + keyLast4;
    }
}
