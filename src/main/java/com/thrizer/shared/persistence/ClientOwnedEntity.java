package com.thrizer.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** A practice-owned row that belongs to one client (insurance, cards, bank account, connections...). */
@MappedSuperclass
public abstract class ClientOwnedEntity extends PracticeOwnedEntity {
    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;
}
