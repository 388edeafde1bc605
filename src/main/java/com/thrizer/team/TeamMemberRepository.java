package com.thrizer.team;

import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class TeamMemberRepository extends PracticeScopedRepository<TeamMember> {

    TeamMemberRepository(EntityManager em, CallerContext caller) {
        super(em, caller, TeamMember.class, "team member");
    }

    /** Sign-in: the membership linked to a user, in whichever practice (a user belongs to at most one). */
    Optional<TeamMember> findByUserAcrossPractices(UUID userId) {
        return em.createQuery("select m from TeamMember m where m.userId = :userId", TeamMember.class)
                .setParameter("userId", userId)
                .getResultStream()
                .findFirst();
    }

    /** Sign-in: the oldest unlinked membership invited under this email, in whichever practice. */
    Optional<TeamMember> findUnlinkedByEmailAcrossPractices(String email) {
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
