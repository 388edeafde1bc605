package com.thrizer.events.persistence;

import com.thrizer.events.domain.EventType;
import com.thrizer.events.domain.WebhookAttempt;
import com.thrizer.shared.outbound.WorkQueue;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.persistence.SqlValues;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class WebhookDeliveryRepository extends PracticeScopedRepository<WebhookDelivery> {

    WebhookDeliveryRepository(EntityManager em, CallerContext caller) {
        super(em, caller, WebhookDelivery.class, "delivery");
    }

    /**
     * Queues an event for every enabled endpoint of the practice that asked for its type and whose creator could read
     * its object: one statement, in the transaction that records the event.
     */
    public void queue(UUID practiceId, UUID eventId, EventType type, Instant now) {
        em.createNativeQuery(
                        "INSERT INTO webhook_deliveries (id, practice_id, endpoint_id, event_id, event_type, status,"
                                + " attempt_count, next_attempt_at, created_at, updated_at)"
                                + " SELECT gen_random_uuid(), w.practice_id, w.id, ?1, ?2, 'PENDING', 0, ?3, ?3, ?3"
                                + " FROM webhook_endpoints w WHERE w.practice_id = ?4 AND w.status = 'ENABLED'"
                                + " AND (w.enabled_events = '*' OR ?2 = ANY (string_to_array(w.enabled_events, ',')))"
                                + " AND ?5 = ANY (string_to_array(w.allowed_scopes, ','))")
                .setParameter(1, eventId)
                .setParameter(2, type.wire())
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, practiceId)
                .setParameter(5, type.scope())
                .executeUpdate();
    }

    /** A test delivery: made with its one attempt under way (never claimed by the dispatcher). */
    public void insertTest(WebhookDelivery d) {
        em.persist(d);
    }

    /**
     * Claims the next due delivery for one attempt: skips rows another instance holds, and moves its next attempt
     * past the lease so that no other instance takes it while it is being sent. Returns the id and attempt number.
     */
    public Optional<UUID> claimDue(Instant now, Instant leaseUntil) {
        return DUE.claimNext(em, Timestamp.from(now), Timestamp.from(leaseUntil));
    }

    private static final WorkQueue DUE = new WorkQueue(
            "webhook_deliveries",
            "status = 'PENDING' AND next_attempt_at <= ?1",
            "next_attempt_at, id",
            "attempt_count = attempt_count + 1, next_attempt_at = ?2, updated_at = ?1");

    public WebhookDelivery find(UUID id) {
        return em.find(WebhookDelivery.class, id);
    }

    public WebhookDelivery lock(UUID id) {
        return em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public void insertAttempt(UUID deliveryId, WebhookAttempt a) {
        em.createNativeQuery("INSERT INTO webhook_attempts (delivery_id, number, attempted_at, succeeded, status_code,"
                        + " duration_ms, error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING")
                .setParameter(1, deliveryId)
                .setParameter(2, a.number())
                .setParameter(3, Timestamp.from(a.attemptedAt()))
                .setParameter(4, a.succeeded())
                .setParameter(5, a.statusCode())
                .setParameter(6, a.durationMs())
                .setParameter(7, a.error())
                .executeUpdate();
    }

    /** Gives up the pending deliveries of an endpoint (disabled); returns how many. */
    public int failPending(UUID endpointId, Instant now) {
        return em.createNativeQuery("UPDATE webhook_deliveries SET status = 'FAILED', next_attempt_at = NULL,"
                        + " updated_at = ?2 WHERE endpoint_id = ?1 AND status = 'PENDING' AND test_payload IS NULL")
                .setParameter(1, endpointId)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
    }

    public Page<WebhookDelivery> list(UUID endpointId, WebhookDelivery.Status status, UUID eventId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("endpointId", endpointId);
        StringBuilder w = new StringBuilder("e.endpointId = :endpointId");
        addFilter(w, params, "e.status = :status", "status", status);
        addFilter(w, params, "e.eventId = :eventId", "eventId", eventId);
        return page(w.toString(), params, page, "createdAt");
    }

    /** The attempts of these deliveries, oldest first. */
    public Map<UUID, List<WebhookAttempt>> attemptsOf(Collection<UUID> deliveryIds) {
        Map<UUID, List<WebhookAttempt>> out = new LinkedHashMap<>();
        if (deliveryIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT delivery_id, number, attempted_at, succeeded, status_code,"
                        + " duration_ms, error FROM webhook_attempts WHERE delivery_id IN (?1)"
                        + " ORDER BY delivery_id, number")
                .setParameter(1, deliveryIds)
                .getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new WebhookAttempt(
                            ((Number) r[1]).intValue(),
                            SqlValues.instant(r[2]),
                            (Boolean) r[3],
                            r[4] == null ? null : ((Number) r[4]).intValue(),
                            ((Number) r[5]).longValue(),
                            (String) r[6]));
        }
        return out;
    }
}
