package com.thrizer.benefits.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The sandbox fee schedule: allowed amounts per insurer and CPT code (reference data). */
@ApplicationScoped
public class FeeScheduleRepository {
    private final EntityManager em;

    FeeScheduleRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Long> allowedCents(String insurerId, String cptCode) {
        if (insurerId == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(
                        "SELECT allowed_cents FROM sandbox_fee_schedule WHERE insurer_id = ?1 AND cpt_code = ?2")
                .setParameter(1, insurerId)
                .setParameter(2, cptCode)
                .getResultList();
        return rows.stream().findFirst().map(Number::longValue);
    }
}
