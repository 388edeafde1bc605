package com.thrizer.widget;

import com.thrizer.api.generated.PublicWidgetsApi;
import com.thrizer.api.generated.model.WidgetEstimateRequestDto;
import com.thrizer.shared.web.RequestMetadata;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** What the embedded widget calls: no credentials, rate limited, CORS for the practice's own origins. */
@PermitAll
public class PublicWidgetsResource implements PublicWidgetsApi {
    private final WidgetService widgets;
    private final WidgetApiMapper mapper;
    private final RequestMetadata request;

    PublicWidgetsResource(WidgetService widgets, WidgetApiMapper mapper, RequestMetadata request) {
        this.widgets = widgets;
        this.mapper = mapper;
        this.request = request;
    }

    @Override
    public Response getPublicWidget(String slug) {
        return mapper.toResponse(widgets.publicView(slug, request.sourceIp(), request.origin()));
    }

    @Override
    public Response createWidgetEstimate(String slug, WidgetEstimateRequestDto body) {
        return mapper.toResponse(widgets.estimate(slug, request.sourceIp(), request.origin(), mapper.toInput(body)));
    }

    /** CORS preflight (infrastructure: not in the contract). */
    @OPTIONS
    public Response preflight(@PathParam("slug") String slug) {
        return mapper.preflight(widgets.allowedOrigin(slug, request.origin()));
    }

    @OPTIONS
    @Path("/estimates")
    public Response estimatesPreflight(@PathParam("slug") String slug) {
        return preflight(slug);
    }
}
