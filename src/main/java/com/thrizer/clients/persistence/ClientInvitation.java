package com.thrizer.clients.persistence;

import com.thrizer.shared.persistence.ClientOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A single-use, expiring invitation link for a client; only the token's SHA-256 is stored. */
@Entity
@Table(name = "client_invitations")
public class ClientInvitation extends ClientOwnedEntity {
    @Column(name = "token_hash", nullable = false, updatable = false)
    public String tokenHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "used_by")
    public UUID usedBy;
}
