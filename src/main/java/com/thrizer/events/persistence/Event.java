package com.thrizer.events.persistence;

import com.thrizer.shared.persistence.PracticeOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** Something that happened in a practice: the whole document, as listed and delivered (append-only). */
@Entity
@Table(name = "events")
public class Event extends PracticeOwnedEntity {
    @Column(nullable = false, updatable = false)
    public String type;

    @Column(name = "object_id", nullable = false, updatable = false)
    public UUID objectId;

    @Column(nullable = false, updatable = false)
    public String payload;
}
