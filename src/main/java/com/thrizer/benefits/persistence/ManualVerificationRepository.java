package com.thrizer.benefits.persistence;

import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.paging.Keyset;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.ClientOwnedRepository;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class ManualVerificationRepository extends ClientOwnedRepository<ManualVerification> {

    ManualVerificationRepository(EntityManager em, CallerContext caller) {
        super(em, caller, ManualVerification.class, "manual verification");
    }

    /** The open request of a check, if any (whichever practice: the check's id was checked already). */
    public Optional<ManualVerification> openFor(UUID benefitCheckId) {
        return em.createQuery(
                        "select v from ManualVerification v where v.benefitCheckId = :check and v.status in :open",
                        ManualVerification.class)
                .setParameter("check", benefitCheckId)
                .setParameter("open", List.of(ManualVerification.Status.REQUESTED, ManualVerification.Status.IN_REVIEW))
                .getResultStream()
                .findFirst();
    }

    /** The latest request of a check, open or closed (an open one is always the latest: one open at a time). */
    public Optional<ManualVerification> latestFor(UUID benefitCheckId) {
        return em.createQuery(
                        "select v from ManualVerification v where v.benefitCheckId = :check"
                                + " order by v.createdAt desc, v.id desc",
                        ManualVerification.class)
                .setParameter("check", benefitCheckId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public void insert(UUID practiceId, ManualVerification verification) {
        persistIn(practiceId, verification);
    }

    /** Operators: requests of every practice, newest first. */
    public Page<ManualVerification> pageAcrossPractices(ManualVerification.Status status, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String keyset = Keyset.after(page, "v", "createdAt", params);
        String where = status == null ? "1 = 1" : "v.status = :status";
        if (status != null) {
            params.put("status", status);
        }
        var q = em.createQuery(
                "select v from ManualVerification v where " + where + " and " + keyset
                        + Keyset.orderBy("v", "createdAt"),
                ManualVerification.class);
        params.forEach(q::setParameter);
        return Page.of(q.setMaxResults(page.limit() + 1).getResultList(), page.limit(), v -> v.createdAt, v -> v.id);
    }

    /** Operators: one request of any practice, locked for its state change. */
    public ManualVerification findAcrossPractices(UUID id) {
        return em.find(ManualVerification.class, id);
    }

    public ManualVerification getForUpdateAcrossPractices(UUID id) {
        ManualVerification v = em.find(ManualVerification.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (v == null) {
            throw new ResourceNotFoundException("manual verification");
        }
        return v;
    }
}
