package com.thrizer.events.api;

import com.thrizer.api.generated.EventsApi;
import com.thrizer.api.generated.model.EventTypeDto;
import com.thrizer.events.domain.EventService;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Scopes;
import com.thrizer.shared.web.ApiValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.UUID;

@RolesAllowed(Scopes.EVENTS_READ)
public class EventsResource implements EventsApi {
    private final EventService events;
    private final EventApiMapper mapper;

    EventsResource(EventService events, EventApiMapper mapper) {
        this.events = events;
        this.mapper = mapper;
    }

    @Override
    public Response listEvents(
            Integer limit, String cursor, EventTypeDto type, OffsetDateTime createdFrom, OffsetDateTime createdTo) {
        return Response.ok(mapper.toDto(events.list(
                        mapper.toType(type),
                        createdFrom == null ? null : ApiValues.instant(createdFrom),
                        createdTo == null ? null : ApiValues.instant(createdTo),
                        PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    public Response getEvent(UUID eventId) {
        return Response.ok(mapper.toDto(events.get(eventId))).build();
    }
}
