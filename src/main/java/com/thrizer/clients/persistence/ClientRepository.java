package com.thrizer.clients.persistence;

import com.thrizer.clients.domain.ClientFilter;
import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Clients of the caller's practice. A clinician reaches only the clients connected to them (pending or connected):
 * another client's id answers 404 as if it did not exist.
 */
@Singleton
public class ClientRepository extends PracticeScopedRepository<Client> {
    /** An open (pending or connected) connection of the client: left open for more conditions on {@code k}. */
    private static String connectedTo(Map<String, Object> params) {
        params.put("open", List.of(Connection.Status.PENDING, Connection.Status.CONNECTED));
        return "exists (select 1 from Connection k where k.clientId = e.id and k.status in :open";
    }

    ClientRepository(EntityManager em, CallerContext caller) {
        super(em, caller, Client.class, "client");
    }

    /** A client the caller may see, or 404. */
    public Client getVisible(UUID id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String condition = "e.id = :id" + visibility(params);
        return where(condition, params)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("client"));
    }

    /** Same, locked for update (state changes of one client are serialized). */
    public Client getVisibleForUpdate(UUID id) {
        Client client = getVisible(id);
        em.lock(client, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(client);
        return client;
    }

    private String visibility(Map<String, Object> params) {
        Caller caller = this.caller.caller();
        if (!caller.seesOnlyOwnClients()) {
            return "";
        }
        params.put("self", caller.teamMemberId());
        return " and " + connectedTo(params) + " and k.clinicianId = :self)";
    }

    public Page<Client> list(ClientFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        if (filter.status() != null) {
            where.append("e.status = :status");
            params.put("status", filter.status());
        } else {
            where.append("e.status <> :removed");
            params.put("removed", Client.Status.REMOVED);
        }
        if (filter.q() != null) {
            where.append(" and (lower(e.firstName) like :q or lower(e.lastName) like :q or lower(e.email) like :q"
                    + " or lower(concat(e.firstName, ' ', e.lastName)) like :q)");
            params.put("q", "%" + escapeLike(filter.q().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.clinicianId() != null || filter.paymentType() != null) {
            where.append(" and ").append(connectedTo(params));
            if (filter.clinicianId() != null) {
                where.append(" and k.clinicianId = :clinician");
                params.put("clinician", filter.clinicianId());
            }
            if (filter.paymentType() != null) {
                where.append(" and k.paymentType = :paymentType");
                params.put("paymentType", filter.paymentType());
            }
            where.append(")");
        }
        where.append(visibility(params));
        if (page.after() != null) {
            params.put("cursorAt", page.after().at());
            params.put("cursorId", page.after().id());
            String older = "(e.createdAt < :cursorAt or (e.createdAt = :cursorAt and e.id < :cursorId))";
            where.append(
                    page.after().rank() == 1
                            ? " and (e.pinned = false or " + older + ")"
                            : " and e.pinned = false and " + older);
        }
        TypedQuery<Client> q = em.createQuery(
                "select e from Client e where e.practiceId = :practiceId and " + where
                        + " order by e.pinned desc, e.createdAt desc, e.id desc",
                Client.class);
        q.setParameter("practiceId", caller.practiceId());
        params.forEach(q::setParameter);
        List<Client> rows = q.setMaxResults(page.limit() + 1).getResultList();
        return Page.of(rows, page.limit(), c -> c.pinned ? 1 : 0, c -> c.createdAt, c -> c.id);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public boolean emailTaken(String email, UUID exceptId) {
        return !where(
                        "lower(e.email) = lower(:email) and e.status <> :removed and e.id <> :id",
                        Map.of("email", email, "removed", Client.Status.REMOVED, "id", exceptId))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The signed-in client's own record. */
    public Client getOwn(ClientScope scope) {
        return em.createQuery("select c from Client c where c.id = :id and c.practiceId = :p", Client.class)
                .setParameter("id", scope.clientId())
                .setParameter("p", scope.practiceId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("client"));
    }

    public Client findAcrossPractices(UUID id) {
        return em.find(Client.class, id);
    }

    /** Invitation acceptance: the record an invitation points at (the token is the credential). */
    public Optional<Client> findForInvitation(UUID clientId) {
        return Optional.ofNullable(em.find(Client.class, clientId));
    }

    /** Sign-in: the client record linked to a user, in whichever practice. */
    public Optional<Client> findByUserAcrossPractices(UUID userId) {
        return em.createQuery("select c from Client c where c.userId = :userId", Client.class)
                .setParameter("userId", userId)
                .getResultStream()
                .findFirst();
    }

    /** Sign-in: the oldest unlinked client record invited under this email, in whichever practice. */
    public Optional<Client> findUnlinkedByEmailAcrossPractices(String email) {
        return em.createQuery(
                        "select c from Client c where lower(c.email) = lower(:email) and c.userId is null"
                                + " and c.status <> :removed order by c.createdAt, c.id",
                        Client.class)
                .setParameter("email", email)
                .setParameter("removed", Client.Status.REMOVED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
