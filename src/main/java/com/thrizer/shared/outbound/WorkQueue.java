package com.thrizer.shared.outbound;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A queue of due rows that jobs on any number of instances work through: the next rows are picked with
 * {@code FOR UPDATE SKIP LOCKED} (rows another instance holds are skipped) and, with a {@code lease}, moved in the
 * same statement past a lease (their next attempt, or their touched-at), so that no other instance takes them until
 * the lease ends, even once the claiming transaction has committed and the provider call runs with no lock held.
 * Without a lease the picked rows stay locked until the claiming transaction ends (work done in that transaction).
 *
 * <p>Each queue is a definition in its repository: {@code due} is the condition (its parameters {@code ?1}...), {@code
 * order} the order the rows are taken in (the index the condition and order use stays the repository's concern),
 * {@code lease} the {@code SET} list of the claim (it may use further parameters), or null.
 */
public record WorkQueue(String table, String due, String order, String lease) {
    /** A queue whose picked rows are only locked (no lease). */
    public static WorkQueue locking(String table, String due, String order) {
        return new WorkQueue(table, due, order, null);
    }

    /** The next due row, claimed; empty when none is due (or all are held by other instances). */
    public Optional<UUID> claimNext(EntityManager em, Object... params) {
        return claim(em, 1, params).stream().findFirst();
    }

    /** Up to {@code limit} due rows, claimed. */
    @SuppressWarnings("unchecked")
    public List<UUID> claim(EntityManager em, int limit, Object... params) {
        Query q = em.createNativeQuery(sql(limit));
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getResultList();
    }

    String sql(int limit) {
        String pick = "SELECT id FROM " + table + " WHERE " + due + (order == null ? "" : " ORDER BY " + order)
                + " LIMIT " + limit + " FOR UPDATE SKIP LOCKED";
        return lease == null ? pick : "UPDATE " + table + " SET " + lease + " WHERE id IN (" + pick + ") RETURNING id";
    }
}
