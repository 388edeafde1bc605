package com.thrizer.charges.persistence;

import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.outbound.WorkQueue;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class RefundRepository extends PracticeScopedRepository<Refund> {

    RefundRepository(EntityManager em, CallerContext caller) {
        super(em, caller, Refund.class, "refund");
    }

    /** What the practice's pending refunds will take from its balance. */
    public long pendingPracticeDebitCents(UUID practiceId) {
        Number n = (Number) em.createNativeQuery("SELECT COALESCE(SUM(CASE WHEN c.payment_type = 'THRIZER_PAY'"
                        + " THEN c.session_fee_cents ELSE r.amount_cents END), 0) FROM refunds r JOIN charges c"
                        + " ON c.id = r.charge_id WHERE r.practice_id = ?1 AND r.status = 'PENDING'")
                .setParameter(1, practiceId)
                .getSingleResult();
        return n.longValue();
    }

    public Page<Refund> ofCharge(UUID chargeId, PageRequest page) {
        return page("e.chargeId = :c", Map.of("c", chargeId), page, "createdAt");
    }

    /** The refund made for an Idempotency-Key, whatever became of the first request. */
    public Optional<Refund> findByRequest(String scope, String key) {
        Caller caller = this.caller.caller();
        // or under the practice-wide scope of the earlier release (a rolling upgrade), made by the same caller
        return findByIdempotencyKey(
                scope, key, IdempotentRequests.legacyScopeOf(caller), "createdBy", caller.actorId());
    }

    /** Recovery: pending refunds untouched for a while, claimed as {@link ChargeRepository#claimStalePending}. */
    public List<UUID> claimStalePending(Instant olderThan, Instant now, int limit) {
        return STALE_PENDING.claim(em, limit, olderThan.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC));
    }

    private static final WorkQueue STALE_PENDING =
            new WorkQueue("refunds", "status = 'PENDING' AND updated_at < ?1", "updated_at", "updated_at = ?2");

    /** Refunds of several charges the caller reached, oldest first. */
    public List<Refund> ofCharges(Collection<UUID> chargeIds) {
        if (chargeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select r from Refund r where r.chargeId in :ids order by r.createdAt, r.id", Refund.class)
                .setParameter("ids", chargeIds)
                .getResultList();
    }

    public Refund findAcrossPractices(UUID id) {
        return em.find(Refund.class, id);
    }

    public Refund lockAcrossPractices(UUID id) {
        return em.find(Refund.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public void insert(UUID practiceId, Refund refund) {
        persistIn(practiceId, refund);
    }

    public void delete(Refund refund) {
        em.remove(refund);
        em.flush();
    }
}
