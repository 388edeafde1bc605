package com.thrizer.apikeys;

import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class ApiKeyRepository extends PracticeScopedRepository<ApiKey> {

    ApiKeyRepository(EntityManager em, CallerContext caller) {
        super(em, caller, ApiKey.class, "API key");
    }

    Page<ApiKey> list(PageRequest page) {
        return page("1 = 1", Map.of(), page, "createdAt");
    }

    /** Authentication: the active key with this hash, whichever practice owns it (the key decides the practice). */
    Optional<ApiKey> findActiveByHashAcrossPractices(String keyHash) {
        return em.createQuery("select k from ApiKey k where k.keyHash = :hash and k.revokedAt is null", ApiKey.class)
                .setParameter("hash", keyHash)
                .getResultStream()
                .findFirst();
    }

    /** Records use, at most once a minute per key so that busy keys do not write on every request. */
    void touchLastUsed(UUID id, Instant now) {
        em.createQuery("update ApiKey k set k.lastUsedAt = :now where k.id = :id"
                        + " and (k.lastUsedAt is null or k.lastUsedAt < :threshold)")
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("threshold", now.minusSeconds(60))
                .executeUpdate();
    }
}
