package com.thrizer.events.persistence;

import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class EventRepository extends PracticeScopedRepository<Event> {

    EventRepository(EntityManager em, CallerContext caller) {
        super(em, caller, Event.class, "event");
    }

    /** Records an event of a practice: it may be caused by a job or by a client, not only by the practice. */
    public void insert(UUID practiceId, Event event) {
        persistIn(practiceId, event);
    }

    public Page<Event> list(Collection<String> readable, String type, Instant from, Instant to, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("readable", readable);
        StringBuilder w = new StringBuilder("e.type in :readable");
        addFilter(w, params, "e.type = :type", "type", type);
        addFilter(w, params, "e.createdAt >= :from", "from", from);
        addFilter(w, params, "e.createdAt < :to", "to", to);
        return page(w.toString(), params, page, "createdAt");
    }

    public Optional<Event> find(UUID id, Collection<String> readable) {
        return where("e.id = :id and e.type in :readable", Map.of("id", id, "readable", readable))
                .getResultStream()
                .findFirst();
    }

    /** A delivery's document (across practices: the dispatcher has no caller). */
    public Optional<String> payloadOf(UUID id) {
        return Optional.ofNullable(em.find(Event.class, id)).map(e -> e.payload);
    }
}
