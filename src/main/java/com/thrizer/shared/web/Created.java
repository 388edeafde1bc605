package com.thrizer.shared.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@code 201 Created} with its {@code Location}: a relative reference (RFC 9110, section 10.2.2), never an absolute URL
 * built from the request's {@code Host} header, which the caller chooses ({@code Response.created} would resolve the
 * path against it).
 */
public final class Created {
    private Created() {}

    /** A 201 answer whose {@code Location} is {@code path} (starting with {@code /v1/}). */
    public static Response.ResponseBuilder at(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a Location is a path from the API's root");
        }
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, path);
    }
}
