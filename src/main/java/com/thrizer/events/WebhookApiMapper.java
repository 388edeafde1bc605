package com.thrizer.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.thrizer.api.generated.model.EventTypeDto;
import com.thrizer.api.generated.model.WebhookAttemptDto;
import com.thrizer.api.generated.model.WebhookDeliveryDto;
import com.thrizer.api.generated.model.WebhookDeliveryListDto;
import com.thrizer.api.generated.model.WebhookDeliveryStatusDto;
import com.thrizer.api.generated.model.WebhookEndpointDto;
import com.thrizer.api.generated.model.WebhookEndpointListDto;
import com.thrizer.api.generated.model.WebhookEndpointStatusDto;
import com.thrizer.api.generated.model.WebhookEndpointWithSecretDto;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class WebhookApiMapper {
    private final ObjectMapper json;

    WebhookApiMapper(ObjectMapper json) {
        this.json = json;
    }

    List<String> toTypes(Collection<? extends Object> enabledEvents) {
        return enabledEvents == null
                ? null
                : enabledEvents.stream().map(Object::toString).toList();
    }

    WebhookDelivery.Status toStatus(WebhookDeliveryStatusDto status) {
        return status == null ? null : WebhookDelivery.Status.valueOf(status.name());
    }

    WebhookEndpointDto toDto(WebhookEndpoint e) {
        return new WebhookEndpointDto()
                .id(e.id)
                .url(e.url)
                .description(e.description)
                .enabledEvents(e.enabledEventList())
                .status(WebhookEndpointStatusDto.valueOf(e.status.name()))
                .disabledReason(e.disabledReason)
                .failingSince(utc(e.failingSince))
                .previousSecretExpiresAt(utc(e.previousSecretExpiresAt))
                .createdAt(ApiValues.utc(e.createdAt))
                .updatedAt(ApiValues.utc(e.updatedAt));
    }

    /** The endpoint's fields, and its secret (shown on creation and rotation only). */
    WebhookEndpointWithSecretDto toDto(WebhookService.WithSecret w) {
        ObjectNode fields = json.valueToTree(toDto(w.endpoint()));
        fields.put("secret", w.secret());
        try {
            return json.treeToValue(fields, WebhookEndpointWithSecretDto.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebhookEndpointListDto toDto(Page<WebhookEndpoint> page) {
        return new WebhookEndpointListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    WebhookDeliveryDto toDto(WebhookService.DeliveryView v) {
        WebhookDelivery d = v.delivery();
        return new WebhookDeliveryDto()
                .id(d.id)
                .endpointId(d.endpointId)
                .eventId(d.eventId)
                .eventType(EventTypeDto.fromValue(d.eventType))
                .status(WebhookDeliveryStatusDto.valueOf(d.status.name()))
                .attemptCount(d.attemptCount)
                .nextAttemptAt(d.status == WebhookDelivery.Status.PENDING ? utc(d.nextAttemptAt) : null)
                .createdAt(ApiValues.utc(d.createdAt))
                .attempts(v.attempts().stream()
                        .map(a -> new WebhookAttemptDto()
                                .attemptedAt(ApiValues.utc(a.attemptedAt()))
                                .succeeded(a.succeeded())
                                .statusCode(a.statusCode())
                                .durationMs(a.durationMs())
                                .error(a.error()))
                        .toList());
    }

    WebhookDeliveryListDto toDeliveries(Page<WebhookService.DeliveryView> page) {
        return new WebhookDeliveryListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : ApiValues.utc(at);
    }
}
