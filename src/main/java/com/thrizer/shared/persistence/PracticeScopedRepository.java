package com.thrizer.shared.persistence;

import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.paging.Keyset;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.CallerContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Repository of practice-owned rows. Every query it can run is restricted to the caller's practice: there is no
 * unscoped finder, so a query without the practice cannot be written by accident. Rows of another practice are
 * simply not found (404, like an unknown id). Cross-practice access (authentication, scheduled jobs) is written
 * as an explicitly named method in the concrete repository.
 * Concrete repositories are {@code @Singleton} (no client proxy needed: the caller context is itself proxied).
 */
public abstract class PracticeScopedRepository<E extends PracticeOwnedEntity> {
    protected final EntityManager em;
    protected final CallerContext caller;
    private final Class<E> type;
    private final String label;

    protected PracticeScopedRepository(EntityManager em, CallerContext caller, Class<E> type, String label) {
        this.em = em;
        this.caller = caller;
        this.type = type;
        this.label = label;
    }

    public Optional<E> findById(UUID id) {
        return where("e.id = :id", Map.of("id", id)).getResultStream().findFirst();
    }

    /** The row, or 404 {@code not_found} naming the resource (never whether it exists elsewhere). */
    public E getById(UUID id) {
        return findById(id).orElseThrow(() -> new ResourceNotFoundException(label));
    }

    /** Inserts a row for the caller's practice. */
    public void persist(E entity) {
        UUID practiceId = caller.practiceId();
        if (entity.practiceId == null) {
            entity.practiceId = practiceId;
        } else if (!entity.practiceId.equals(practiceId)) {
            throw new IllegalStateException("row of another practice");
        }
        em.persist(entity);
    }

    /**
     * Inserts a row into a practice that is not (yet) the caller's: onboarding, where the caller creates the practice.
     * Callers name why in their own method.
     */
    protected void persistIn(UUID practiceId, E entity) {
        entity.practiceId = practiceId;
        em.persist(entity);
    }

    /**
     * A transaction-scoped PostgreSQL advisory lock on a name (e.g. one client's cards): held until commit or rollback,
     * it serializes a read-then-write across every service instance without locking table rows.
     */
    public void lockName(String name) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, name)
                .getSingleResult();
    }

    /**
     * The row made for an Idempotency-Key, whatever became of the first request: saved under the request's scope, or
     * under the coarser scope of the earlier release ({@code legacyScope}, a rolling upgrade) by the same owner (the
     * entity's field {@code ownerField} equal to {@code owner}). Both scopes name the caller's practice or client.
     */
    protected Optional<E> findByIdempotencyKey(
            String scope, String key, String legacyScope, String ownerField, UUID owner) {
        return em.createQuery(
                        "select e from " + type.getSimpleName() + " e where e.idempotencyKey = :k"
                                + " and (e.idempotencyScope = :s or (e.idempotencyScope = :legacy and e." + ownerField
                                + " = :owner))",
                        type)
                .setParameter("s", scope)
                .setParameter("k", key)
                .setParameter("legacy", legacyScope)
                .setParameter("owner", owner)
                .getResultStream()
                .findFirst();
    }

    /** {@code select e from E e where e.practiceId = <caller's> and (<condition>)}. */
    protected TypedQuery<E> where(String condition, Map<String, Object> params) {
        TypedQuery<E> q = em.createQuery(
                "select e from " + type.getSimpleName() + " e where e.practiceId = :practiceId and (" + condition + ")",
                type);
        q.setParameter("practiceId", caller.practiceId());
        params.forEach(q::setParameter);
        return q;
    }

    /** A newest-first page of the rows matching {@code condition}, keyset-paginated on (timestamp, id). */
    protected Page<E> page(String condition, Map<String, Object> params, PageRequest page, String timestampProperty) {
        Map<String, Object> all = new HashMap<>(params);
        String keyset = Keyset.after(page, "e", timestampProperty, all);
        TypedQuery<E> q = em.createQuery(
                "select e from " + type.getSimpleName() + " e where e.practiceId = :practiceId and (" + condition
                        + ") and " + keyset + Keyset.orderBy("e", timestampProperty),
                type);
        q.setParameter("practiceId", caller.practiceId());
        all.forEach(q::setParameter);
        List<E> rows = q.setMaxResults(page.limit() + 1).getResultList();
        return Page.of(rows, page.limit(), this::timestampOf, e -> e.id);
    }

    /** Appends {@code and condition} and its parameter when the filter value is set (null = any). */
    protected static void addFilter(
            StringBuilder where, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    /** The pagination timestamp of a row (created-at unless the subclass pages on another column). */
    protected Instant timestampOf(E entity) {
        return entity.createdAt;
    }
}
