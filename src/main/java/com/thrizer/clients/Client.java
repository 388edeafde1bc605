package com.thrizer.clients;

import com.thrizer.shared.persistence.PracticeOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A client (patient) of a practice. Personal data: never logged, never in errors. */
@Entity
@Table(name = "clients")
public class Client extends PracticeOwnedEntity {
    public enum Status {
        INVITED,
        ACTIVE,
        ARCHIVED,
        REMOVED
    }

    @Column(name = "user_id")
    public UUID userId;

    @Column(nullable = false)
    public String email;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Override
    public String toString() {
        return "Client[" + id + "]";
    }
}
