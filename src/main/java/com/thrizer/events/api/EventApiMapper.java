package com.thrizer.events.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.thrizer.api.generated.model.EventListDto;
import com.thrizer.api.generated.model.EventTypeDto;
import com.thrizer.events.persistence.Event;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/**
 * The event document: written once, when the event is recorded, with the object as its feature's API mapper renders
 * it; then listed and delivered as stored, so that {@code GET /v1/events/{id}} and every webhook body are the same.
 * The contract's {@code Event} is a {@code oneOf} of one schema per object kind told apart by {@code type}; the
 * service handles it as the JSON document it stored.
 */
@ApplicationScoped
public class EventApiMapper {
    private final ObjectMapper json;

    EventApiMapper(ObjectMapper json) {
        this.json = json;
    }

    /** The JSON document of an event whose object is a generated DTO. */
    public String document(UUID id, String type, Instant createdAt, UUID practiceId, Object object) {
        ObjectNode dto = json.createObjectNode();
        dto.put("id", id.toString());
        dto.put("type", EventTypeDto.fromValue(type).toString());
        dto.set("createdAt", json.valueToTree(ApiValues.utc(createdAt)));
        dto.put("practiceId", practiceId.toString());
        dto.putObject("data").set("object", json.valueToTree(object));
        try {
            return json.writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode toDto(Event e) {
        try {
            return json.readTree(e.payload);
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
