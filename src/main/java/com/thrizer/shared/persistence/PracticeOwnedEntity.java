package com.thrizer.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/** A row owned by one practice. Only {@link PracticeScopedRepository} reads and writes these. */
@MappedSuperclass
public abstract class PracticeOwnedEntity {
    @Id
    public UUID id;

    @Column(name = "practice_id", nullable = false, updatable = false)
    public UUID practiceId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
