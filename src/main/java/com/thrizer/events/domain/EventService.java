package com.thrizer.events.domain;

import com.thrizer.events.api.EventApiMapper;
import com.thrizer.events.persistence.Event;
import com.thrizer.events.persistence.EventRepository;
import com.thrizer.events.persistence.WebhookDeliveryRepository;
import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events: recorded in the transaction of the change that causes them (so an event exists exactly when its change was
 * committed), queued in the same transaction for every enabled webhook endpoint of the practice that asked for the
 * type, and listed to callers who can read their object.
 *
 * <p>When the object is rendered (decided in issue 15): once per {@link #record} call, in the recording transaction,
 * as that transaction's last step (after the settlement's lock-holding work: the ledger posting, the claim filing),
 * and stored with the event; listing and delivering read the stored payload and render nothing. Rendering later (when
 * listed or delivered) would show the object as it is then, not as the change left it, unless every object kind kept
 * its versions (a history table per kind and a migration); rendering after the commit, in another transaction, would
 * let a concurrent change in between; rendering only for subscribed endpoints is not enough, since every event is also
 * listed ({@code GET /v1/events}). PostgreSQL holds row locks until the commit, so no render inside the transaction
 * can be outside its locks: the cost was measured instead (a scratch run of the charges, refunds, claims and payouts
 * tests, 382 renders): one render per event (a charge is rendered once when settled, unless retried), a median of 1.8
 * ms and a 90th percentile of 5 ms per render on the embedded PostgreSQL (charges 3.2 ms on average, claims 2.5 ms,
 * refunds and payouts 0.2 ms), a few primary-key reads next to the rows the transaction already holds. The provider
 * call itself, the long wait, is never inside the lock ({@code shared.outbound.OutsideCalls}).
 */
@ApplicationScoped
public class EventService {
    private final EventRepository events;
    private final WebhookDeliveryRepository deliveries;
    private final EventApiMapper documents;
    private final Map<EventType.ObjectKind, EventObjectRenderer> renderers = new EnumMap<>(EventType.ObjectKind.class);
    private final CallerContext callers;
    private final Clock clock;

    EventService(
            EventRepository events,
            WebhookDeliveryRepository deliveries,
            EventApiMapper documents,
            Instance<EventObjectRenderer> renderers,
            CallerContext callers,
            Clock clock) {
        this.events = events;
        this.deliveries = deliveries;
        this.documents = documents;
        this.callers = callers;
        this.clock = clock;
        for (EventObjectRenderer r : renderers) {
            r.kinds().forEach(k -> this.renderers.put(k, r));
        }
    }

    /**
     * Records that {@code type} happened to the object {@code objectId} of a practice, with the object as the API
     * answers it now. Call it after the change, in its transaction, as its last step (the object is rendered here).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID practiceId, EventType type, UUID objectId) {
        record(practiceId, objectId, List.of(type));
    }

    /**
     * Records several things that happened at once to one object (e.g. a claim's decision: its status changed and it
     * was adjudicated): the object is rendered once, each type is its own event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID practiceId, UUID objectId, List<EventType> types) {
        EventType.ObjectKind kind = types.get(0).object();
        if (types.stream().anyMatch(t -> t.object() != kind)) {
            throw new IllegalArgumentException("one object, one kind: " + types);
        }
        EventObjectRenderer renderer = renderers.get(kind);
        if (renderer == null) {
            throw new IllegalStateException("no renderer for " + kind);
        }
        Object object = renderer.render(kind, practiceId, objectId);
        Instant now = Clocks.now(clock);
        for (EventType type : types) {
            Event e = new Event();
            e.id = UUID.randomUUID();
            e.createdAt = now;
            e.type = type.wire();
            e.objectId = objectId;
            e.payload = documents.document(e.id, e.type, e.createdAt, practiceId, object);
            events.insert(practiceId, e);
            deliveries.queue(practiceId, e.id, type, e.createdAt);
        }
    }

    @Transactional
    public Page<Event> list(String type, Instant from, Instant to, PageRequest page) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ValidationException.of("createdTo", "invalid_range", "must be after createdFrom");
        }
        List<String> readable = readableTypes();
        if (type != null && !readable.contains(type)) {
            return new Page<>(List.of(), false, null); // a type its scopes cannot read: nothing to see
        }
        return events.list(readable, type, from, to, page);
    }

    @Transactional
    public Event get(UUID id) {
        return events.find(id, readableTypes()).orElseThrow(() -> new ResourceNotFoundException("event"));
    }

    private List<String> readableTypes() {
        return EventType.readableWith(callers.caller().scopes()).stream()
                .map(EventType::wire)
                .toList();
    }
}
