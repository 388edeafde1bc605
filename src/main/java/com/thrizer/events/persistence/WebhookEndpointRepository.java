package com.thrizer.events.persistence;

import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Map;
import java.util.UUID;

@Singleton
public class WebhookEndpointRepository extends PracticeScopedRepository<WebhookEndpoint> {

    WebhookEndpointRepository(EntityManager em, CallerContext caller) {
        super(em, caller, WebhookEndpoint.class, "webhook_endpoint");
    }

    public Page<WebhookEndpoint> list(PageRequest page) {
        return page("1 = 1", Map.of(), page, "createdAt");
    }

    /** The caller's endpoint, locked for a change (404 for another practice's). */
    public WebhookEndpoint getForUpdate(UUID id) {
        WebhookEndpoint e = getById(id);
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(e);
        return e;
    }

    public long countInPractice() {
        return em.createQuery("select count(e) from WebhookEndpoint e where e.practiceId = :practiceId", Long.class)
                .setParameter("practiceId", caller.practiceId())
                .getSingleResult();
    }

    public void delete(WebhookEndpoint e) {
        em.remove(e);
    }

    /** The dispatcher's read, across practices (it has no caller), locked: the endpoint's health changes with it. */
    public WebhookEndpoint lockAcrossPractices(UUID id) {
        return em.find(WebhookEndpoint.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public WebhookEndpoint findAcrossPractices(UUID id) {
        return em.find(WebhookEndpoint.class, id);
    }
}
