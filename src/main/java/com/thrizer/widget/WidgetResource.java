package com.thrizer.widget;

import com.thrizer.api.generated.WidgetApi;
import com.thrizer.api.generated.model.UpdateWidgetRequestDto;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;

public class WidgetResource implements WidgetApi {
    private final WidgetService widgets;
    private final WidgetApiMapper mapper;
    private final IdempotentRequests idempotency;

    WidgetResource(WidgetService widgets, WidgetApiMapper mapper, IdempotentRequests idempotency) {
        this.widgets = widgets;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed(Scopes.WIDGET_READ)
    public Response getWidget() {
        return Response.ok(mapper.toDto(widgets.get())).build();
    }

    @Override
    @RolesAllowed(Scopes.WIDGET_WRITE)
    public Response updateWidget(UpdateWidgetRequestDto body) {
        return Response.ok(mapper.toDto(widgets.update(mapper.toUpdate(body)))).build();
    }

    @Override
    @RolesAllowed(Scopes.WIDGET_READ)
    public Response getWidgetAnalytics(LocalDate from, LocalDate to) {
        return Response.ok(mapper.toDto(widgets.analytics(from, to))).build();
    }

    @Override
    @RolesAllowed(Scopes.WIDGET_READ)
    public Response listWidgetLeads(Integer limit, String cursor) {
        return Response.ok(mapper.toLeads(widgets.leads(PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.WIDGET_WRITE)
    public Response convertWidgetLead(UUID leadId, String idempotencyKey) {
        return idempotency.execute(
                idempotencyKey,
                leadId,
                () -> Response.status(Response.Status.CREATED)
                        .entity(mapper.toDto(widgets.convert(leadId)))
                        .build());
    }
}
