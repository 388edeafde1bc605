package com.thrizer.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Referral codes are platform-wide (not practice-owned). */
@ApplicationScoped
public class ReferralCodeRepository {
    private final EntityManager em;

    ReferralCodeRepository(EntityManager em) {
        this.em = em;
    }

    /** The code, locked until the transaction ends, so concurrent onboardings count its uses exactly. */
    Optional<ReferralCode> findForUpdate(String code) {
        return em.createQuery("select r from ReferralCode r where lower(r.code) = lower(:code)", ReferralCode.class)
                .setParameter("code", code.trim())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** Serializes onboarding per user: one practice per user even with concurrent requests. */
    void lockUser(UUID userId) {
        em.createNativeQuery("SELECT id FROM users WHERE id = ?1 FOR UPDATE")
                .setParameter(1, userId)
                .getResultList();
    }
}
