package com.thrizer.audit;

import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.time.Clocks;
import com.thrizer.shared.web.RequestMetadata;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Records who read or changed protected data. {@link #record} joins the caller's transaction, so the event commits
 * with the change it describes or not at all (HIPAA 164.312(b) audit controls).
 */
@ApplicationScoped
public class AuditTrail {
    private final AuditEventRepository events;
    private final CallerContext callers;
    private final RequestMetadata request;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, CallerContext callers, RequestMetadata request, Clock clock) {
        this.events = events;
        this.callers = callers;
        this.request = request;
        this.clock = clock;
    }

    /** Records an action of the current caller on a resource of the caller's practice. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String resourceType, UUID resourceId) {
        record(callers.practiceId(), action, resourceType, resourceId);
    }

    /** Records several reads at once (a page of a list): one event per resource. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordReads(String resourceType, Collection<UUID> resourceIds) {
        for (UUID id : resourceIds) {
            record(AuditAction.READ, resourceType, id);
        }
    }

    /**
     * Records an action of the current caller on a resource of an explicit practice: a client acting on their own
     * record, or a user creating a practice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID practiceId, AuditAction action, String resourceType, UUID resourceId) {
        Caller caller = callers.caller();
        AuditEvent event = newEvent(action, resourceType, resourceId);
        event.practiceId = practiceId;
        event.actorType =
                caller.type() == Caller.Type.API_KEY ? AuditEvent.ActorType.API_KEY : AuditEvent.ActorType.USER;
        event.actorId = caller.actorId();
        event.actorRoles = String.join(",", new TreeSet<>(caller.roles()));
        event.requestId = request.requestId();
        event.sourceIp = request.sourceIp();
        events.insertForPractice(event);
    }

    /** Records an action of the current caller, or of the system when there is no caller (a scheduled job). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSystemOrCaller(UUID practiceId, AuditAction action, String resourceType, UUID resourceId) {
        if (hasCaller()) {
            record(practiceId, action, resourceType, resourceId);
        } else {
            recordSystem(practiceId, action, resourceType, resourceId);
        }
    }

    private boolean hasCaller() {
        try {
            return Arc.container().requestContext().isActive()
                    && callers.current().isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Records an action of a scheduled job on a practice's data. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSystem(UUID practiceId, AuditAction action, String resourceType, UUID resourceId) {
        AuditEvent event = newEvent(action, resourceType, resourceId);
        event.practiceId = practiceId;
        event.actorType = AuditEvent.ActorType.SYSTEM;
        event.actorRoles = "";
        events.insertForPractice(event);
    }

    private AuditEvent newEvent(AuditAction action, String resourceType, UUID resourceId) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.createdAt = Clocks.now(clock);
        event.action = action;
        event.resourceType = resourceType;
        event.resourceId = resourceId.toString();
        return event;
    }

    /** The caller's practice's events, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEvent> list(AuditFilter filter, PageRequest page) {
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw ValidationException.of("from", "invalid_range", "must be before 'to'");
        }
        return events.list(filter, page);
    }
}
