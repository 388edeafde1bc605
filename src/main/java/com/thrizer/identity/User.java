package com.thrizer.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person who signed in through OIDC, linked by the token's subject. */
@Entity
@Table(name = "users")
public class User {
    @Id
    public UUID id;

    @Column(name = "oidc_subject")
    public String oidcSubject;

    /** Verified email only; null when the provider did not verify one. */
    public String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
