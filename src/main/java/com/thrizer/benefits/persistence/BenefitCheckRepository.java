package com.thrizer.benefits.persistence;

import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.paging.Keyset;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class BenefitCheckRepository extends PracticeScopedRepository<BenefitCheck> {

    BenefitCheckRepository(EntityManager em, CallerContext caller) {
        super(em, caller, BenefitCheck.class, "benefit check");
    }

    /** One client's checks, newest first, within an explicit practice (the caller's, or the client's own). */
    public Page<BenefitCheck> pageOfClient(UUID practiceId, UUID clientId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String keyset = Keyset.after(page, "e", "createdAt", params);
        var q = em.createQuery(
                "select e from BenefitCheck e where e.practiceId = :p and e.clientId = :c and " + keyset
                        + Keyset.orderBy("e", "createdAt"),
                BenefitCheck.class);
        q.setParameter("p", practiceId);
        q.setParameter("c", clientId);
        params.forEach(q::setParameter);
        List<BenefitCheck> rows = q.setMaxResults(page.limit() + 1).getResultList();
        return Page.of(rows, page.limit(), e -> e.createdAt, e -> e.id);
    }

    /** The client's most recent check. */
    public Optional<BenefitCheck> latestOfClient(UUID practiceId, UUID clientId) {
        return em.createQuery(
                        "select e from BenefitCheck e where e.practiceId = :p and e.clientId = :c"
                                + " order by e.createdAt desc, e.id desc",
                        BenefitCheck.class)
                .setParameter("p", practiceId)
                .setParameter("c", clientId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** A client's own check. */
    public BenefitCheck getOwn(ClientScope scope, UUID id) {
        return em.createQuery(
                        "select e from BenefitCheck e where e.id = :id and e.practiceId = :p and e.clientId = :c",
                        BenefitCheck.class)
                .setParameter("id", id)
                .setParameter("p", scope.practiceId())
                .setParameter("c", scope.clientId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("benefit check"));
    }

    /** Operators: a check of any practice. */
    public BenefitCheck getAcrossPractices(UUID id) {
        BenefitCheck check = em.find(BenefitCheck.class, id);
        if (check == null) {
            throw new ResourceNotFoundException("benefit check");
        }
        return check;
    }

    /** Inserts a check for an explicit practice (a client's own, or an operator's completion). */
    public void insert(UUID practiceId, BenefitCheck check) {
        persistIn(practiceId, check);
    }
}
