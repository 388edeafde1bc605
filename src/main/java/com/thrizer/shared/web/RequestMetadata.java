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
}
