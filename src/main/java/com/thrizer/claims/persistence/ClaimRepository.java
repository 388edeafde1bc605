package com.thrizer.claims.persistence;

import com.thrizer.claims.clientclaims.ClaimDocument;
import com.thrizer.claims.domain.ClaimFilter;
import com.thrizer.claims.domain.ClaimStatusChange;
import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.outbound.WorkQueue;
import com.thrizer.shared.paging.Keyset;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.ClientOwnedRepository;
import com.thrizer.shared.persistence.SqlValues;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Claims of the caller's practice; a clinician reaches only the claims they are provider of record for. The status
 * history is kept with SQL. The claims job claims due rows with {@code FOR UPDATE SKIP LOCKED}.
 */
@Singleton
public class ClaimRepository extends ClientOwnedRepository<Claim> {

    ClaimRepository(EntityManager em, CallerContext caller) {
        super(em, caller, Claim.class, "claim");
    }

    private String visibility(Map<String, Object> params) {
        return providerVisibility("providerId", params);
    }

    public Claim getVisible(UUID id) {
        return visibleById(id, "providerId", false);
    }

    /** The claim of a charge (charges reach it by the charge they own). */
    Optional<Claim> ofCharge(UUID chargeId) {
        return em.createQuery("select c from Claim c where c.chargeId = :charge", Claim.class)
                .setParameter("charge", chargeId)
                .getResultStream()
                .findFirst();
    }

    /** As {@link #ofCharge}, row-locked. */
    public Optional<Claim> ofChargeForUpdate(UUID chargeId) {
        return em.createQuery("select c from Claim c where c.chargeId = :charge", Claim.class)
                .setParameter("charge", chargeId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public List<Claim> ofCharges(Collection<UUID> chargeIds) {
        if (chargeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Claim c where c.chargeId in :ids", Claim.class)
                .setParameter("ids", chargeIds)
                .getResultList();
    }

    public void insert(UUID practiceId, Claim claim) {
        persistIn(practiceId, claim);
        em.flush();
    }

    public Page<Claim> list(ClaimFilter f, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(f, params) + visibility(params);
        return page(where, params, page, "createdAt");
    }

    public Page<Claim> listOwn(ClientScope scope, ClaimFilter f, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        return pageForClient(scope.practiceId(), scope.clientId(), conditions(f, params), params, page);
    }

    /** Operators: claims of every practice, newest first. */
    public Page<Claim> listAcrossPractices(Claim.Status status, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder w = new StringBuilder("1 = 1");
        addFilter(w, params, "e.status = :status", "status", status);
        String keyset = Keyset.after(page, "e", "createdAt", params);
        TypedQuery<Claim> q = em.createQuery(
                "select e from Claim e where " + w + " and " + keyset + Keyset.orderBy("e", "createdAt"), Claim.class);
        params.forEach(q::setParameter);
        return Page.of(q.setMaxResults(page.limit() + 1).getResultList(), page.limit(), e -> e.createdAt, e -> e.id);
    }

    /** Every claim of a filter (CSV exports), oldest last, visibility applied. */
    Stream<Claim> stream(ClaimFilter f) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(f, params) + visibility(params);
        return where(where + " order by e.createdAt desc, e.id desc", params).getResultStream();
    }

    private static String conditions(ClaimFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("1 = 1");
        addFilter(w, params, "e.clientId = :client", "client", f.clientId());
        addFilter(w, params, "e.providerId = :clinician", "clinician", f.clinicianId());
        addFilter(w, params, "e.paymentType = :type", "type", f.paymentType());
        addFilter(w, params, "e.chargeKind = :kind", "kind", f.chargeKind());
        addFilter(w, params, "e.source = :source", "source", f.source());
        addFilter(w, params, "e.status = :status", "status", f.status());
        addFilter(w, params, "e.result = :result", "result", f.result());
        addFilter(w, params, "e.serviceDate >= :from", "from", f.from());
        addFilter(w, params, "e.serviceDate <= :to", "to", f.to());
        addFilter(w, params, "e.createdAt >= :filedFrom", "filedFrom", startOf(f.filedFrom()));
        addFilter(
                w,
                params,
                "e.createdAt < :filedBefore",
                "filedBefore",
                f.filedTo() == null ? null : startOf(f.filedTo().plusDays(1)));
        return w.toString();
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    // ---------- across practices (operators and the claims job)

    /** A claim by id, row-locked, whichever practice; 404 when unknown. */
    public Claim lockAcrossPractices(UUID id) {
        Claim claim = em.find(Claim.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw new ResourceNotFoundException("claim");
        }
        return claim;
    }

    public Claim findAcrossPractices(UUID id) {
        Claim claim = em.find(Claim.class, id);
        if (claim == null) {
            throw new ResourceNotFoundException("claim");
        }
        return claim;
    }

    /**
     * The claims job: one undecided claim due for submission or a status poll, locked; rows another instance holds
     * are skipped, so instances never work on the same claim at once.
     */
    public Optional<UUID> claimDue(Instant now, Instant leaseUntil) {
        return DUE.claimNext(em, Timestamp.from(now), Timestamp.from(leaseUntil));
    }

    private static final WorkQueue DUE = new WorkQueue(
            "claims",
            "status IN ('PROCESSING', 'INVESTIGATING') AND next_attempt_at <= ?1",
            "next_attempt_at, id",
            "next_attempt_at = ?2");

    /** The claims job: one claim still processing on or after its expected decision date, locked. */
    public Optional<UUID> claimOverdue(LocalDate today) {
        return OVERDUE.claimNext(em, Date.valueOf(today));
    }

    private static final WorkQueue OVERDUE = WorkQueue.locking(
            "claims", "status = 'PROCESSING' AND expected_decision_by <= ?1", "expected_decision_by, id");

    /** The client-filed claim of a request, whatever happened to the first attempt. */
    public Optional<Claim> findByRequest(String scope, String key) {
        Caller caller = this.caller.caller();
        // or under the client-wide scope of the earlier release (a rolling upgrade), of the same client record
        return findByIdempotencyKey(
                scope, key, IdempotentRequests.legacyScopeOf(caller), "clientId", caller.clientId());
    }

    // ---------- documents

    public void insertDocument(Claim claim, ClaimDocument document, Instant at) {
        em.createNativeQuery("INSERT INTO claim_documents (claim_id, practice_id, content_type, size_bytes, content,"
                        + " uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, claim.id)
                .setParameter(2, claim.practiceId)
                .setParameter(3, document.contentType())
                .setParameter(4, document.content().length)
                .setParameter(5, document.content())
                .setParameter(6, Timestamp.from(at))
                .executeUpdate();
    }

    /** The document of each of these claims (type and size only). */
    @SuppressWarnings("unchecked")
    public Map<UUID, ClaimDocument.Info> documentInfo(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT claim_id, content_type, size_bytes FROM claim_documents WHERE claim_id IN (?1)")
                .setParameter(1, claimIds)
                .getResultList();
        Map<UUID, ClaimDocument.Info> info = new HashMap<>();
        for (Object[] r : rows) {
            info.put((UUID) r[0], new ClaimDocument.Info((String) r[1], ((Number) r[2]).intValue()));
        }
        return info;
    }

    // ---------- status history

    public void insertHistory(Claim claim, ClaimStatusChange.Actor actor, UUID actorId, String reason, Instant at) {
        em.createNativeQuery("INSERT INTO claim_status_history (id, practice_id, claim_id, status, actor, actor_id,"
                        + " reason, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, claim.practiceId)
                .setParameter(3, claim.id)
                .setParameter(4, claim.status.name())
                .setParameter(5, actor.name())
                .setParameter(6, actorId)
                .setParameter(7, reason)
                .setParameter(8, Timestamp.from(at))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<ClaimStatusChange> history(UUID claimId) {
        List<Object[]> rows = em.createNativeQuery("SELECT status, actor, reason, created_at FROM claim_status_history"
                        + " WHERE claim_id = ?1 ORDER BY created_at, id")
                .setParameter(1, claimId)
                .getResultList();
        return rows.stream()
                .map(r -> new ClaimStatusChange(
                        Claim.Status.valueOf((String) r[0]),
                        ClaimStatusChange.Actor.valueOf((String) r[1]),
                        (String) r[2],
                        SqlValues.instant(r[3])))
                .toList();
    }
}
