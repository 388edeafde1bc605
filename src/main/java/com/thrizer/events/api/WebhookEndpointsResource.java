package com.thrizer.events.api;

import com.thrizer.api.generated.WebhookEndpointsApi;
import com.thrizer.api.generated.model.CreateWebhookEndpointRequestDto;
import com.thrizer.api.generated.model.UpdateWebhookEndpointRequestDto;
import com.thrizer.api.generated.model.WebhookDeliveryStatusDto;
import com.thrizer.api.generated.model.WebhookEndpointWithSecretDto;
import com.thrizer.events.domain.WebhookService;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Scopes;
import com.thrizer.shared.web.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

public class WebhookEndpointsResource implements WebhookEndpointsApi {
    private final WebhookService webhooks;
    private final WebhookApiMapper mapper;
    private final IdempotentRequests idempotency;

    WebhookEndpointsResource(WebhookService webhooks, WebhookApiMapper mapper, IdempotentRequests idempotency) {
        this.webhooks = webhooks;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed(Scopes.WEBHOOKS_WRITE)
    public Response createWebhookEndpoint(CreateWebhookEndpointRequestDto body, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, body, () -> {
            WebhookEndpointWithSecretDto created = mapper.toDto(
                    webhooks.create(body.getUrl(), body.getDescription(), mapper.toTypes(body.getEnabledEvents())));
            return Created.at("/v1/webhook-endpoints/" + created.getId())
                    .entity(created)
                    .build();
        });
    }

    @Override
    @RolesAllowed(Scopes.WEBHOOKS_READ)
    public Response listWebhookEndpoints(Integer limit, String cursor) {
        return Response.ok(mapper.toDto(webhooks.list(PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.WEBHOOKS_READ)
    public Response getWebhookEndpoint(UUID webhookEndpointId) {
        return Response.ok(mapper.toDto(webhooks.get(webhookEndpointId))).build();
    }

    @Override
    @RolesAllowed(Scopes.WEBHOOKS_WRITE)
    public Response updateWebhookEndpoint(UUID webhookEndpointId, UpdateWebhookEndpointRequestDto body) {
        var events = body.getEnabledEvents() == null || body.getEnabledEvents().isEmpty()
                ? null
                : mapper.toTypes(body.getEnabledEvents());
        return Response.ok(mapper.toDto(webhooks.update(
                        webhookEndpointId, body.getUrl(), body.getDescription(), events, body.getEnabled())))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.WEBHOOKS_WRITE)
    public Response deleteWebhookEndpoint(UUID webhookEndpointId) {
        webhooks.delete(webhookEndpointId);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed(Scopes.WEBHOOKS_WRITE)
    public Response rotateWebhookEndpointSecret(UUID webhookEndpointId) {
        return Response.ok(mapper.toDto(webhooks.rotateSecret(webhookEndpointId)))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.WEBHOOKS_WRITE)
    public Response testWebhookEndpoint(UUID webhookEndpointId) {
        return Response.ok(mapper.toDto(webhooks.test(webhookEndpointId, mapper::toDto)))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.WEBHOOKS_READ)
    public Response listWebhookDeliveries(
            UUID webhookEndpointId, Integer limit, String cursor, WebhookDeliveryStatusDto status, UUID eventId) {
        return Response.ok(mapper.toDeliveries(webhooks.deliveries(
                        webhookEndpointId, mapper.toStatus(status), eventId, PageRequest.of(limit, cursor))))
                .build();
    }
}
