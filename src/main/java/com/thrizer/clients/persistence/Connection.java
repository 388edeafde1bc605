package com.thrizer.clients.persistence;

import com.thrizer.billing.PaymentType;
import com.thrizer.shared.persistence.ClientOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A client's relationship with one clinician of the practice, with the payment type of their sessions. */
@Entity
@Table(name = "connections")
public class Connection extends ClientOwnedEntity {
    public enum Status {
        PENDING,
        CONNECTED,
        DECLINED,
        DISCONNECTED;

        /** Pending and connected clients are the clinician's clients. */
        public boolean isOpen() {
            return this == PENDING || this == CONNECTED;
        }
    }

    @Column(name = "clinician_id", nullable = false, updatable = false)
    public UUID clinicianId;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_type", nullable = false)
    public PaymentType paymentType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
