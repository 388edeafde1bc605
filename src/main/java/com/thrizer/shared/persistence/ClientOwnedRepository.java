package com.thrizer.shared.persistence;

import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.paging.Keyset;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Rows that belong to one client. Practice users reach them through the practice scope (inherited); a client reaches
 * only their own, through a {@link ClientScope} (their record and its practice), never through the practice scope.
 */
public abstract class ClientOwnedRepository<E extends ClientOwnedEntity> extends PracticeScopedRepository<E> {
    private final Class<E> type;
    private final String label;

    protected ClientOwnedRepository(EntityManager em, CallerContext caller, Class<E> type, String label) {
        super(em, caller, type, label);
        this.type = type;
        this.label = label;
    }

    /**
     * The condition that limits a clinician (who sees only their own clients' care) to the rows where {@code
     * providerProperty} is them; empty for every other caller.
     */
    protected String providerVisibility(String providerProperty, Map<String, Object> params) {
        Caller c = caller.caller();
        if (!c.seesOnlyOwnClients()) {
            return "";
        }
        params.put("self", c.teamMemberId());
        return " and e." + providerProperty + " = :self";
    }

    /** One row the caller may see (clinicians: where they are provider of record), row-locked when asked, or 404. */
    protected E visibleById(UUID id, String providerProperty, boolean forUpdate) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        TypedQuery<E> q = where("e.id = :id" + providerVisibility(providerProperty, params), params);
        if (forUpdate) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultStream().findFirst().orElseThrow(() -> new ResourceNotFoundException(label));
    }

    /** One of the client's own rows, or 404. */
    public E getOwn(ClientScope scope, UUID id) {
        return ownWhere(scope, "e.id = :id", Map.of("id", id))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(label));
    }

    /** Whether this id is one of the client's own rows. */
    public boolean isOwn(ClientScope scope, UUID id) {
        return ownWhere(scope, "e.id = :id", Map.of("id", id))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .isPresent();
    }

    /** The rows of one client, reached from the caller's practice (practice users). */
    protected TypedQuery<E> forClient(UUID clientId, String condition, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("clientId", clientId);
        return where("e.clientId = :clientId and (" + condition + ")", all);
    }

    /** The client's own rows matching {@code condition}. */
    protected TypedQuery<E> ownWhere(ClientScope scope, String condition, Map<String, Object> params) {
        TypedQuery<E> q = em.createQuery(
                "select e from " + type.getSimpleName() + " e where e.practiceId = :practiceId"
                        + " and e.clientId = :clientId and (" + condition + ")",
                type);
        q.setParameter("practiceId", scope.practiceId());
        q.setParameter("clientId", scope.clientId());
        params.forEach(q::setParameter);
        return q;
    }

    /** A newest-first page of one client's rows: the scope is either the caller's practice or the client's own. */
    protected Page<E> pageForClient(
            UUID practiceId, UUID clientId, String condition, Map<String, Object> params, PageRequest page) {
        Map<String, Object> all = new HashMap<>(params);
        String keyset = Keyset.after(page, "e", "createdAt", all);
        TypedQuery<E> q = em.createQuery(
                "select e from " + type.getSimpleName() + " e where e.practiceId = :practiceId"
                        + " and e.clientId = :clientId and (" + condition + ") and " + keyset
                        + Keyset.orderBy("e", "createdAt"),
                type);
        q.setParameter("practiceId", practiceId);
        q.setParameter("clientId", clientId);
        all.forEach(q::setParameter);
        List<E> rows = q.setMaxResults(page.limit() + 1).getResultList();
        return Page.of(rows, page.limit(), e -> e.createdAt, e -> e.id);
    }

    /** Inserts a row for the client's own record. */
    public void persistOwn(ClientScope scope, E entity) {
        entity.practiceId = scope.practiceId();
        entity.clientId = scope.clientId();
        em.persist(entity);
    }

    public Optional<E> findOwnFirst(ClientScope scope, String condition, Map<String, Object> params) {
        return ownWhere(scope, condition, params)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
