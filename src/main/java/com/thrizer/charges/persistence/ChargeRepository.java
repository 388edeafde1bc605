package com.thrizer.charges.persistence;

import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.PaymentType;
import com.thrizer.charges.domain.ChargeFilter;
import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.outbound.WorkQueue;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.ClientOwnedRepository;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Charges of the caller's practice; a clinician reaches only the charges they are provider of record for. Attempts
 * (one row per card attempt) are kept with SQL.
 */
@Singleton
public class ChargeRepository extends ClientOwnedRepository<Charge> {

    ChargeRepository(EntityManager em, CallerContext caller) {
        super(em, caller, Charge.class, "charge");
    }

    private String visibility(Map<String, Object> params) {
        return providerVisibility("clinicianId", params);
    }

    public Charge getVisible(UUID id) {
        return visibleById(id, "clinicianId", false);
    }

    /**
     * 404 unless the caller may see this charge; the row is not kept in the session, so that a later locked read
     * ({@link #getVisibleForUpdate}) gets its current state rather than this one.
     */
    public void checkVisible(UUID id) {
        em.detach(getVisible(id));
    }

    /** As {@link #getVisible}, row-locked (SELECT ... FOR UPDATE: the current row, whatever was read before). */
    public Charge getVisibleForUpdate(UUID id) {
        return visibleById(id, "clinicianId", true);
    }

    /** The charge made for an Idempotency-Key, whatever became of the first request. */
    public Optional<Charge> findByRequest(String scope, String key) {
        Caller caller = this.caller.caller();
        // or under the practice-wide scope of the earlier release (a rolling upgrade), made by the same caller
        return findByIdempotencyKey(
                scope, key, IdempotentRequests.legacyScopeOf(caller), "createdBy", caller.actorId());
    }

    /** Settlement (request threads and the recovery job): a charge by id, locked, whichever practice. */
    public Charge lockAcrossPractices(UUID id) {
        Charge charge = em.find(Charge.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (charge == null) {
            throw new ResourceNotFoundException("charge");
        }
        return charge;
    }

    /** Whether the charge's refunds (reserved or settled) reach its card amount; read as committed now. */
    public boolean fullRefundReserved(UUID id) {
        Number n = (Number) em.createNativeQuery("SELECT count(*) FROM charges WHERE id = ?1 AND refunded_cents > 0"
                        + " AND refunded_cents = card_amount_cents")
                .setParameter(1, id)
                .getSingleResult();
        return n.longValue() > 0;
    }

    /** Settlement: a charge by id, whichever practice, or null. */
    public Charge findAcrossPractices(UUID id) {
        return em.find(Charge.class, id);
    }

    /**
     * Recovery: claims pending charges untouched for a while. Rows locked by another instance are skipped, and the
     * claimed ones are touched, so no other instance takes them again before they are stale once more.
     */
    public List<UUID> claimStalePending(Instant olderThan, Instant now, int limit) {
        return STALE_PENDING.claim(em, limit, olderThan.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC));
    }

    private static final WorkQueue STALE_PENDING =
            new WorkQueue("charges", "status = 'PENDING' AND updated_at < ?1", "updated_at", "updated_at = ?2");

    public void insert(Charge charge) {
        persist(charge);
        em.flush();
    }

    public Page<Charge> list(ChargeFilter f, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(f, params) + visibility(params);
        return page(where, params, page, "createdAt");
    }

    public Page<Charge> listOwn(ClientScope scope, ChargeFilter f, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(f, params);
        return pageForClient(scope.practiceId(), scope.clientId(), where, params, page);
    }

    private static String conditions(ChargeFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("1 = 1");
        addFilter(w, params, "e.clientId = :client", "client", f.clientId());
        addFilter(w, params, "e.clinicianId = :clinician", "clinician", f.clinicianId());
        addFilter(w, params, "e.paymentType = :type", "type", f.paymentType());
        addFilter(w, params, "e.status = :status", "status", f.status());
        addFilter(w, params, "e.kind = :kind", "kind", f.kind());
        addFilter(w, params, "e.appointmentDate >= :from", "from", f.from());
        addFilter(w, params, "e.appointmentDate <= :to", "to", f.to());
        return w.toString();
    }

    /** A client's succeeded Self-Pay sessions with service dates in a range, oldest first (superbills). */
    public List<Charge> selfPaySessions(
            UUID practiceId, UUID clientId, UUID clinicianId, LocalDate from, LocalDate to) {
        String sql = "select c from Charge c where c.practiceId = :p and c.clientId = :c and c.status = :s"
                + " and c.paymentType = :t and c.kind = :k and c.appointmentDate >= :from and c.appointmentDate <= :to"
                + (clinicianId == null ? "" : " and c.clinicianId = :clinician")
                + " order by c.appointmentDate, c.createdAt, c.id";
        var q = em.createQuery(sql, Charge.class)
                .setParameter("p", practiceId)
                .setParameter("c", clientId)
                .setParameter("s", Charge.Status.SUCCEEDED)
                .setParameter("t", PaymentType.SELF_PAY)
                .setParameter("k", ChargeKind.SESSION)
                .setParameter("from", from)
                .setParameter("to", to);
        if (clinicianId != null) {
            q.setParameter("clinician", clinicianId);
        }
        return q.getResultList();
    }

    // ---------- attempts

    public void insertAttempt(UUID chargeId, int attempt, UUID paymentMethodId, String processorKey, Instant now) {
        em.createNativeQuery(
                        "INSERT INTO charge_attempts (charge_id, attempt, payment_method_id, status, processor_key,"
                                + " created_at) VALUES (?1, ?2, ?3, 'PENDING', ?4, ?5)")
                .setParameter(1, chargeId)
                .setParameter(2, attempt)
                .setParameter(3, paymentMethodId)
                .setParameter(4, processorKey)
                .setParameter(5, Timestamp.from(now))
                .executeUpdate();
    }

    public void settleAttempt(UUID chargeId, int attempt, String status, String failureCode, String processorChargeId) {
        em.createNativeQuery("UPDATE charge_attempts SET status = ?3, failure_code = ?4, processor_charge_id = ?5"
                        + " WHERE charge_id = ?1 AND attempt = ?2")
                .setParameter(1, chargeId)
                .setParameter(2, attempt)
                .setParameter(3, status)
                .setParameter(4, failureCode)
                .setParameter(5, processorChargeId)
                .executeUpdate();
    }

    public void deleteAttempt(UUID chargeId, int attempt) {
        em.createNativeQuery("DELETE FROM charge_attempts WHERE charge_id = ?1 AND attempt = ?2")
                .setParameter(1, chargeId)
                .setParameter(2, attempt)
                .executeUpdate();
    }

    /** One card attempt of a charge. */
    public record AttemptRecord(UUID paymentMethodId, String status, String failureCode) {}

    public AttemptRecord attempt(UUID chargeId, int attempt) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT payment_method_id, status, failure_code FROM"
                        + " charge_attempts WHERE charge_id = ?1 AND attempt = ?2")
                .setParameter(1, chargeId)
                .setParameter(2, attempt)
                .getSingleResult();
        return new AttemptRecord((UUID) row[0], (String) row[1], (String) row[2]);
    }

    public String processorKey(UUID chargeId, int attempt) {
        return (String)
                em.createNativeQuery("SELECT processor_key FROM charge_attempts WHERE charge_id = ?1 AND attempt = ?2")
                        .setParameter(1, chargeId)
                        .setParameter(2, attempt)
                        .getSingleResult();
    }

    public void delete(Charge charge) {
        em.remove(charge);
        em.flush();
    }
}
