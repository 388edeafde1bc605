package com.thrizer.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Reference data: not practice-owned, the same for every caller. */
@ApplicationScoped
public class CatalogRepository {
    private final EntityManager em;

    CatalogRepository(EntityManager em) {
        this.em = em;
    }

    List<Insurer> insurers() {
        return em.createQuery("select i from Insurer i order by i.position", Insurer.class)
                .getResultList();
    }

    List<CptCode> cptCodes() {
        return em.createQuery("select c from CptCode c order by c.addOn, c.code", CptCode.class)
                .getResultList();
    }

    Optional<CptCode> cptCode(String code) {
        return Optional.ofNullable(em.find(CptCode.class, code));
    }

    Optional<Insurer> insurer(String id) {
        return Optional.ofNullable(em.find(Insurer.class, id));
    }
}
