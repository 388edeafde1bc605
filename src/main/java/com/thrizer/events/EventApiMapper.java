package com.thrizer.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thrizer.api.generated.model.EventDataDto;
import com.thrizer.api.generated.model.EventDto;
import com.thrizer.api.generated.model.EventListDto;
import com.thrizer.api.generated.model.EventTypeDto;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/**
 * The event document: written once, when the event is recorded, with the object as its feature's API mapper renders
 * it; then listed and delivered as stored, so that {@code GET /v1/events/{id}} and every webhook body are the same.
 */
@ApplicationScoped
public class EventApiMapper {
    private final ObjectMapper json;

    EventApiMapper(ObjectMapper json) {
        this.json = json;
    }

    /** The JSON document of an event whose object is a generated DTO. */
    public String document(UUID id, String type, Instant createdAt, UUID practiceId, Object object) {
        EventDto dto = new EventDto()
                .id(id)
                .type(EventTypeDto.fromValue(type))
                .createdAt(ApiValues.utc(createdAt))
                .practiceId(practiceId)
                .data(new EventDataDto()._object(json.valueToTree(object)));
        try {
            return json.writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    EventDto toDto(Event e) {
        try {
            return json.readValue(e.payload, EventDto.class);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    EventListDto toDto(Page<Event> page) {
        return new EventListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    String toType(EventTypeDto type) {
        return type == null ? null : type.toString();
    }
}
