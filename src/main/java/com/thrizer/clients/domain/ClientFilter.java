package com.thrizer.clients.domain;

import com.thrizer.billing.PaymentType;
import com.thrizer.clients.persistence.Client;
import java.util.UUID;

/** Filters of the client list; null = any. Without a status, removed clients are left out. */
public record ClientFilter(Client.Status status, PaymentType paymentType, UUID clinicianId, String q) {
    @Override
    public String toString() {
        return "ClientFilter[status=" + status + "]";
    }
}
