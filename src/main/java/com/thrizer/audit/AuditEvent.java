package com.thrizer.audit;

import com.thrizer.shared.persistence.PracticeOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** One read or change of protected data. The database refuses UPDATE and DELETE on this table. */
@Entity
@Table(name = "audit_events")
public class AuditEvent extends PracticeOwnedEntity {
    public enum ActorType {
        USER,
        API_KEY,
        SYSTEM
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type", nullable = false, updatable = false)
    public ActorType actorType;

    @Column(name = "actor_id", updatable = false)
    public UUID actorId;

    /** Comma-separated role names at the time of the event. */
    @Column(name = "actor_roles", nullable = false, updatable = false)
    public String actorRoles;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AuditAction action;

    @Column(name = "resource_type", nullable = false, updatable = false)
    public String resourceType;

    @Column(name = "resource_id", nullable = false, updatable = false)
    public String resourceId;

    @Column(name = "request_id", updatable = false)
    public String requestId;

    @Column(name = "source_ip", updatable = false)
    public String sourceIp;
}
