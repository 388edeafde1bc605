package com.thrizer.team.persistence;

import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class TeamMemberRepository extends PracticeScopedRepository<TeamMember> {

    TeamMemberRepository(EntityManager em, CallerContext caller) {
        super(em, caller, TeamMember.class, "team member");
    }

    public Page<TeamMember> list(TeamMember.Role role, Boolean active, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (role != null) {
            where.append(" and e.role = :role");
            params.put("role", role);
        }
        if (active != null) {
            where.append(" and e.active = :active");
            params.put("active", active);
        }
        return page(where.toString(), params, page, "createdAt");
    }

    public boolean emailTaken(String email, UUID exceptId) {
        return !where("lower(e.email) = lower(:email) and e.id <> :id", Map.of("email", email, "id", exceptId))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public long activeAdminsOtherThan(UUID id) {
        return where(
                        "e.role = :admin and e.active = true and e.id <> :id",
                        Map.of("admin", TeamMember.Role.PRACTICE_ADMIN, "id", id))
                .getResultList()
                .size();
    }

    /** Names of members, by id (for connection views); only the caller's practice. */
    public List<TeamMember> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return where("e.id in :ids", Map.of("ids", ids)).getResultList();
    }

    /** Onboarding: the founder of a practice the caller is creating (not yet the caller's practice). */
    public void insertFounder(UUID practiceId, TeamMember founder) {
        persistIn(practiceId, founder);
    }

    /** Names of members of an explicit practice (a client viewing their connections). */
    /** The active practice admins of a practice (notifications; no caller). */
    public List<TeamMember> activeAdmins(UUID practiceId) {
        return em.createQuery(
                        "select m from TeamMember m where m.practiceId = :p and m.role = :role and m.active = true",
                        TeamMember.class)
                .setParameter("p", practiceId)
                .setParameter("role", TeamMember.Role.PRACTICE_ADMIN)
                .getResultList();
    }

    public List<TeamMember> byIdsInPractice(UUID practiceId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from TeamMember m where m.practiceId = :p and m.id in :ids", TeamMember.class)
                .setParameter("p", practiceId)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Sign-in: the membership linked to a user, in whichever practice (a user belongs to at most one). */
    public Optional<TeamMember> findByUserAcrossPractices(UUID userId) {
        return em.createQuery("select m from TeamMember m where m.userId = :userId", TeamMember.class)
                .setParameter("userId", userId)
                .getResultStream()
                .findFirst();
    }

    /** Sign-in: the oldest unlinked membership invited under this email, in whichever practice. */
    public Optional<TeamMember> findUnlinkedByEmailAcrossPractices(String email) {
        return em.createQuery(
                        "select m from TeamMember m where lower(m.email) = lower(:email) and m.userId is null"
                                + " order by m.createdAt, m.id",
                        TeamMember.class)
                .setParameter("email", email)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
