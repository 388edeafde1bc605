package com.thrizer.shared.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * JSON bodies are limited to 1 MiB; only file uploads (multipart) may use the larger server limit. A declared
 * Content-Length above the limit is refused before the body is read.
 */
@ApplicationScoped
public class JsonBodyLimit {
    public static final long MAX_JSON_BYTES = 1024 * 1024;

    void register(@Observes Filters filters) {
        filters.register(this::check, 900);
    }

    private void check(RoutingContext rc) {
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        if (!multipart && length != null && parse(length) > MAX_JSON_BYTES) {
            String requestId = RequestIdFilter.of(rc);
            JsonObject problem = new JsonObject()
                    .put("type", "https://docs.thrizer.com/api/errors#payload_too_large")
                    .put("title", "Payload too large")
                    .put("status", 413)
                    .put("detail", "The request body is larger than 1 MiB.")
                    .put("instance", rc.request().path())
                    .put("code", "payload_too_large")
                    .put("traceId", requestId);
            rc.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem.encode());
            return;
        }
        rc.next();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
