package com.thrizer.clients.domain;

import com.thrizer.billing.PaymentType;
import com.thrizer.clients.persistence.Connection;
import java.time.Instant;
import java.util.UUID;

/** A connection with its clinician's name, as it leaves the service: values only. */
public record ConnectionView(
        UUID id,
        UUID clientId,
        UUID clinicianId,
        String clinicianName,
        PaymentType paymentType,
        Connection.Status status,
        Instant createdAt,
        Instant updatedAt,
        Instant respondedAt) {
    static ConnectionView of(Connection c, String clinicianName) {
        return new ConnectionView(
                c.id,
                c.clientId,
                c.clinicianId,
                clinicianName,
                c.paymentType,
                c.status,
                c.createdAt,
                c.updatedAt,
                c.respondedAt);
    }
}
