package com.thrizer.audit;

import java.time.Instant;
import java.util.UUID;

/** Filters of the audit list; null = any. */
public record AuditFilter(
        UUID actorId,
        AuditEvent.ActorType actorType,
        AuditAction action,
        String resourceType,
        String resourceId,
        Instant from,
        Instant to) {}
