package com.thrizer.team.persistence;

import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
public class ServiceOfferingRepository extends PracticeScopedRepository<ServiceOffering> {

    ServiceOfferingRepository(EntityManager em, CallerContext caller) {
        super(em, caller, ServiceOffering.class, "service");
    }

    public Page<ServiceOffering> list(UUID teamMemberId, Boolean active, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("member", teamMemberId);
        String where = "e.teamMemberId = :member";
        if (active != null) {
            where += " and e.active = :active";
            params.put("active", active);
        }
        return page(where, params, page, "createdAt");
    }

    /** Active services of a member of an explicit practice, oldest first. */
    public List<ServiceOffering> activeOfMemberInPractice(UUID practiceId, UUID teamMemberId) {
        return em.createQuery(
                        "select s from ServiceOffering s where s.practiceId = :p and s.teamMemberId = :m and s.active = true"
                                + " order by s.createdAt, s.id",
                        ServiceOffering.class)
                .setParameter("p", practiceId)
                .setParameter("m", teamMemberId)
                .getResultList();
    }

    /** The practice's bookable services (active, priced, of active care providers), by clinician then service. */
    public List<Object[]> bookableInPractice(UUID practiceId) {
        return em.createQuery(
                        "select s, m from ServiceOffering s, TeamMember m where m.id = s.teamMemberId"
                                + " and s.practiceId = :p and m.practiceId = :p and s.active = true and s.rateCents > 0"
                                + " and m.active = true and m.role <> :staff"
                                + " order by m.lastName, m.firstName, m.id, s.createdAt, s.id",
                        Object[].class)
                .setParameter("p", practiceId)
                .setParameter("staff", TeamMember.Role.STAFF_MEMBER)
                .getResultList();
    }
}
