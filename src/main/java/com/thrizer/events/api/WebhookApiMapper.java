package com.thrizer.events.api;

import com.thrizer.api.generated.model.EventTypeDto;
import com.thrizer.api.generated.model.WebhookDeliveryDto;
import com.thrizer.api.generated.model.WebhookDeliveryListDto;
import com.thrizer.api.generated.model.WebhookDeliveryStatusDto;
import com.thrizer.api.generated.model.WebhookEndpointDto;
import com.thrizer.api.generated.model.WebhookEndpointListDto;
import com.thrizer.api.generated.model.WebhookEndpointWithSecretDto;
import com.thrizer.events.domain.WebhookEndpointView;
import com.thrizer.events.domain.WebhookService;
import com.thrizer.events.persistence.WebhookDelivery;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.MappingDefaults;
import java.util.Collection;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = MappingDefaults.class)
public abstract class WebhookApiMapper {

    /** Hand-written: the event types as their wire values ("charge.succeeded"), whatever generated type holds them. */
    List<String> toTypes(Collection<? extends Object> enabledEvents) {
        return enabledEvents == null
                ? null
                : enabledEvents.stream().map(Object::toString).toList();
    }

    abstract WebhookDelivery.Status toStatus(WebhookDeliveryStatusDto status);

    @Mapping(target = "removeEnabledEventsItem", ignore = true)
    abstract WebhookEndpointDto toDto(WebhookEndpointView e);

    /** The endpoint's fields, and its secret (shown on creation and rotation only). */
    @Mapping(target = ".", source = "endpoint")
    @Mapping(target = "removeEnabledEventsItem", ignore = true)
    abstract WebhookEndpointWithSecretDto toDto(WebhookService.WithSecret w);

    @Mapping(target = "removeDataItem", ignore = true)
    abstract WebhookEndpointListDto toDto(Page<WebhookEndpointView> page);

    @Mapping(target = "removeAttemptsItem", ignore = true)
    abstract WebhookDeliveryDto toDto(WebhookService.DeliveryView v);

    @Mapping(target = "removeDataItem", ignore = true)
    abstract WebhookDeliveryListDto toDeliveries(Page<WebhookService.DeliveryView> page);

    /** Hand-written: event types are their wire values ("charge.succeeded"), not the constants' names. */
    EventTypeDto eventType(String type) {
        return type == null ? null : EventTypeDto.fromValue(type);
    }
}
