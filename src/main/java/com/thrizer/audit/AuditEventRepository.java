package com.thrizer.audit;

import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Singleton
public class AuditEventRepository extends PracticeScopedRepository<AuditEvent> {

    AuditEventRepository(EntityManager em, CallerContext caller) {
        super(em, caller, AuditEvent.class, "audit event");
    }

    Page<AuditEvent> list(AuditFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.actorId() != null) {
            conditions.add("e.actorId = :actorId");
            params.put("actorId", filter.actorId());
        }
        if (filter.actorType() != null) {
            conditions.add("e.actorType = :actorType");
            params.put("actorType", filter.actorType());
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
            params.put("action", filter.action());
        }
        if (filter.resourceType() != null) {
            conditions.add("e.resourceType = :resourceType");
            params.put("resourceType", filter.resourceType());
        }
        if (filter.resourceId() != null) {
            conditions.add("e.resourceId = :resourceId");
            params.put("resourceId", filter.resourceId());
        }
        if (filter.from() != null) {
            conditions.add("e.createdAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("e.createdAt < :to");
            params.put("to", filter.to());
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return page(where, params, page, "createdAt");
    }

    /** Writes an event for an explicit practice (system jobs have no caller). */
    void insertForPractice(AuditEvent event) {
        em.persist(event);
    }
}
