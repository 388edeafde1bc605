package com.thrizer.shared.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a safe token, otherwise a random one.
 * It is echoed in the response header, used as {@code traceId} in problems and stored with audit events.
 */
@ApplicationScoped
public class RequestIdFilter {
    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "thrizer.request-id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    void register(@Observes Filters filters) {
        filters.register(this::assign, 1000);
    }

    private void assign(RoutingContext rc) {
        String incoming = rc.request().getHeader(HEADER);
        String id = incoming != null && SAFE.matcher(incoming).matches() ? incoming : newId();
        rc.put(ATTRIBUTE, id);
        rc.response().putHeader(HEADER, id);
        rc.next();
    }

    static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The id of the request being handled by this routing context. */
    public static String of(RoutingContext rc) {
        if (rc == null) {
            return newId();
        }
        String id = rc.get(ATTRIBUTE);
        return id != null ? id : newId();
    }
}
