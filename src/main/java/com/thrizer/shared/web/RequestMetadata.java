package com.thrizer.shared.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

/** Facts about the HTTP request being served: request id, path, method, source IP. */
@RequestScoped
public class RequestMetadata {
    private final CurrentVertxRequest current;

    RequestMetadata(CurrentVertxRequest current) {
        this.current = current;
    }

    private RoutingContext rc() {
        return current.getCurrent();
    }

    public String requestId() {
        return RequestIdFilter.of(rc());
    }

    /** The path without the query string (queries may carry search terms). */
    public String path() {
        RoutingContext rc = rc();
        return rc == null ? null : rc.request().path();
    }

    public String method() {
        RoutingContext rc = rc();
        return rc == null ? null : rc.request().method().name();
    }

    /** The browser's {@code Origin} header (CORS), or null. */
    public String origin() {
        RoutingContext rc = rc();
        return rc == null ? null : rc.request().getHeader("Origin");
    }

    public String sourceIp() {
        RoutingContext rc = rc();
        if (rc == null || rc.request().remoteAddress() == null) {
            return null;
        }
        return rc.request().remoteAddress().hostAddress();
    }

    /**
     * Whether the request's {@code Accept} header prefers {@code candidate} over JSON (quality first, then order).
     * No header, or no preference, means JSON.
     */
    public boolean prefers(String candidate) {
        RoutingContext rc = rc();
        String accept = rc == null ? null : rc.request().getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        jakarta.ws.rs.core.MediaType wanted = jakarta.ws.rs.core.MediaType.valueOf(candidate);
        double best = -1;
        boolean candidateBest = false;
        for (String part : accept.split(",")) {
            jakarta.ws.rs.core.MediaType type;
            try {
                type = jakarta.ws.rs.core.MediaType.valueOf(part.trim());
            } catch (IllegalArgumentException e) {
                continue;
            }
            double q = quality(type);
            boolean isCandidate =
                    type.getType().equals(wanted.getType()) && type.getSubtype().equals(wanted.getSubtype());
            boolean isJson = type.isCompatible(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE);
            if ((isCandidate || isJson) && q > best) {
                best = q;
                candidateBest = isCandidate;
            }
        }
        return candidateBest;
    }

    private static double quality(jakarta.ws.rs.core.MediaType type) {
        try {
            return Double.parseDouble(type.getParameters().getOrDefault("q", "1"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
