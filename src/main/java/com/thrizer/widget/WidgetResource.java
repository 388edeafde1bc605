package com.thrizer.widget;

import com.thrizer.api.generated.WidgetApi;
import com.thrizer.api.generated.model.UpdateWidgetRequestDto;
import com.thrizer.shared.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

public class WidgetResource implements WidgetApi {
    private final WidgetService widgets;
    private final WidgetApiMapper mapper;

    WidgetResource(WidgetService widgets, WidgetApiMapper mapper) {
        this.widgets = widgets;
        this.mapper = mapper;
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
}
