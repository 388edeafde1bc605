package com.thrizer.shared.idempotency;

import com.thrizer.shared.crypto.DataEncryptor;
import com.thrizer.shared.error.IdempotencyInUse;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.persistence.SqlValues;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The database side of idempotency. The unique key (scope, key) decides between concurrent requests on any
 * number of service instances: one inserts and proceeds, the others see its row. The scope names the caller (see
 * {@link IdempotentRequests#scopeOf}), so a stored answer is only ever found by the caller who made it.
 *
 * <p>Each claim has its own record id, a fencing token: a request that takes over a key after the lease of a presumed
 * dead one gives the row a new id, so the first one, if it was only slow, can neither store its answer nor release
 * the key of the second.
 */
@ApplicationScoped
public class IdempotencyStore {
    private final EntityManager em;
    private final IdempotencyConfig config;
    private final DataEncryptor encryptor;
    private final Clock clock;

    IdempotencyStore(EntityManager em, IdempotencyConfig config, DataEncryptor encryptor, Clock clock) {
        this.em = em;
        this.config = config;
        this.encryptor = encryptor;
        this.clock = clock;
    }

    /** Outcome of claiming a key: proceed with the claim id, or replay the stored answer. */
    public sealed interface Claim {
        record Proceed(UUID recordId) implements Claim {}

        record Replay(StoredResponse response) implements Claim {}
    }

    /**
     * Claims the key in its own committed transaction, or explains why not: 422 {@code idempotency_key_reused} for a
     * different request, 409 {@code idempotency_key_in_use} while the first is in flight, else the stored answer.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String scope, String key, String fingerprint) {
        Instant now = Clocks.now(clock);
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery(
                        "INSERT INTO idempotency_keys (id, scope, idempotency_key, fingerprint, state, locked_until,"
                                + " created_at, expires_at) VALUES (?1, ?2, ?3, ?4, 'IN_FLIGHT', ?5, ?6, ?7)"
                                + " ON CONFLICT (scope, idempotency_key) DO NOTHING")
                .setParameter(1, id)
                .setParameter(2, scope)
                .setParameter(3, key)
                .setParameter(4, fingerprint)
                .setParameter(5, ts(now.plus(config.inFlightTimeout())))
                .setParameter(6, ts(now))
                .setParameter(7, ts(now.plus(config.retention())))
                .executeUpdate();
        if (inserted == 1) {
            return new Claim.Proceed(id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, fingerprint, state, locked_until, response_status, response_body,"
                                + " response_location, expires_at FROM idempotency_keys"
                                + " WHERE scope = ?1 AND idempotency_key = ?2 FOR UPDATE")
                .setParameter(1, scope)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            // the other request released its claim between our insert and select: the caller may retry at once
            throw new IdempotencyInUse();
        }
        Object[] row = rows.get(0);
        UUID existing = (UUID) row[0];
        Instant expiresAt = SqlValues.instant(row[7]);
        if (expiresAt.isBefore(now)) {
            return new Claim.Proceed(retake(existing, fingerprint, now, true));
        }
        if ("IN_FLIGHT".equals(row[2]) && SqlValues.instant(row[3]).isAfter(now)) {
            throw new IdempotencyInUse();
        }
        if (!fingerprint.equals(row[1])) {
            // also for a claim whose holder died: what it left behind (a charge) is found by the key, and is not
            // this request's
            throw new RuleViolationException(
                    "idempotency_key_reused",
                    "This Idempotency-Key was already used with a different request.",
                    "Idempotency-Key");
        }
        if ("IN_FLIGHT".equals(row[2])) {
            // the first request died without an answer (nothing of it was committed): this one takes over
            return new Claim.Proceed(retake(existing, fingerprint, now, false));
        }
        String body = row[5] == null ? null : encryptor.decrypt((String) row[5]);
        return new Claim.Replay(new StoredResponse(((Number) row[4]).intValue(), body, (String) row[6]));
    }

    /**
     * Claims an existing row again, under a new record id: after it expired (a fresh start) or after its first holder
     * died. Returns the new id.
     */
    private UUID retake(UUID id, String fingerprint, Instant now, boolean restart) {
        UUID claimId = UUID.randomUUID();
        var update = em.createNativeQuery("UPDATE idempotency_keys SET id = ?4, fingerprint = ?2, state = 'IN_FLIGHT',"
                        + " locked_until = ?3, response_status = NULL, response_body = NULL, response_location = NULL"
                        + (restart ? ", created_at = ?5, expires_at = ?6" : "")
                        + " WHERE id = ?1")
                .setParameter(1, id)
                .setParameter(2, fingerprint)
                .setParameter(3, ts(now.plus(config.inFlightTimeout())))
                .setParameter(4, claimId);
        if (restart) {
            update.setParameter(5, ts(now)).setParameter(6, ts(now.plus(config.retention())));
        }
        update.executeUpdate();
        return claimId;
    }

    /**
     * Stores the answer, in the transaction of the work it answers for: both commit or neither does. False when the
     * claim is no longer this request's (its lease ran out and a retry took the key over): nothing was stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean complete(UUID recordId, StoredResponse response) {
        return em.createNativeQuery("UPDATE idempotency_keys SET state = 'COMPLETED', locked_until = NULL,"
                                + " response_status = ?2, response_body = ?3, response_location = ?4"
                                + " WHERE id = ?1 AND state = 'IN_FLIGHT'")
                        .setParameter(1, recordId)
                        .setParameter(2, response.status())
                        .setParameter(3, response.body() == null ? null : encryptor.encrypt(response.body()))
                        .setParameter(4, response.location())
                        .executeUpdate()
                == 1;
    }

    /**
     * Renews the lease of a claim that is still this request's, in the current transaction, and keeps its row locked
     * until that transaction ends: no retry can take the key over meanwhile. False when the claim was taken over.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean renew(UUID recordId) {
        return em.createNativeQuery(
                                "UPDATE idempotency_keys SET locked_until = ?2 WHERE id = ?1 AND state = 'IN_FLIGHT'")
                        .setParameter(1, recordId)
                        .setParameter(2, ts(Clocks.now(clock).plus(config.inFlightTimeout())))
                        .executeUpdate()
                == 1;
    }

    /** Gives the key up after a failed attempt: nothing was stored, a retry with the same key runs again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(UUID recordId) {
        em.createNativeQuery("DELETE FROM idempotency_keys WHERE id = ?1 AND state = 'IN_FLIGHT'")
                .setParameter(1, recordId)
                .executeUpdate();
    }

    /** Deletes answers past their retention. */
    @Transactional
    public int purgeExpired() {
        return em.createNativeQuery("DELETE FROM idempotency_keys WHERE expires_at < ?1")
                .setParameter(1, ts(Clocks.now(clock)))
                .executeUpdate();
    }

    private static OffsetDateTime ts(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
