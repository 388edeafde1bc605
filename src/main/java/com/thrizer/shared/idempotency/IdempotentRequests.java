package com.thrizer.shared.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thrizer.shared.crypto.Hashes;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.web.RequestMetadata;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Runs a POST under an {@code Idempotency-Key}: claim the key (its own transaction), do the work and store its answer
 * in one transaction, or release the key if the work fails. A retry with the same key and body gets the stored
 * answer with {@code Idempotent-Replayed: true}. Keys are scoped to the caller's practice (or client, or user).
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotencyStore store;
    private final CallerContext callers;
    private final RequestMetadata request;
    private final ObjectMapper json;

    IdempotentRequests(IdempotencyStore store, CallerContext callers, RequestMetadata request, ObjectMapper json) {
        this.store = store;
        this.callers = callers;
        this.request = request;
        this.json = json;
    }

    /**
     * @param key the Idempotency-Key header (null: no idempotency, the work just runs)
     * @param body the request body as received (its JSON form is part of the fingerprint)
     * @param work produces the answer; it runs inside the transaction that also stores that answer
     */
    public Response execute(String key, Object body, Supplier<Response> work) {
        return execute(key == null ? null : scope(callers.caller()), key, body, work);
    }

    /**
     * As {@link #execute}, with keys scoped to the signed-in user: for requests that change which practice the
     * caller belongs to (onboarding), so that a retry finds the first answer.
     */
    public Response executeForUser(String key, Object body, Supplier<Response> work) {
        return execute(key == null ? null : "user:" + callers.caller().actorId(), key, body, work);
    }

    private Response execute(String scope, String key, Object body, Supplier<Response> work) {
        if (key == null) {
            return QuarkusTransaction.joiningExisting().call(work::get);
        }
        IdempotencyStore.Claim claim = store.claim(scope, key, fingerprint(body));
        if (claim instanceof IdempotencyStore.Claim.Replay replay) {
            return replayed(replay.response());
        }
        var recordId = ((IdempotencyStore.Claim.Proceed) claim).recordId();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Response response = work.get();
                store.complete(recordId, toStored(response));
                return response;
            });
        } catch (RuntimeException e) {
            store.release(recordId);
            throw e;
        }
    }

    /**
     * As {@link #execute}, for work that runs its own transactions because it calls an outside system between them
     * (a card charge). The work must find what an earlier run under the same key left behind (charges are unique by
     * key); its answer is stored in a transaction of its own once it returns.
     */
    public Response executeStepwise(String key, Object body, Supplier<Response> work) {
        IdempotencyStore.Claim claim = store.claim(scope(callers.caller()), key, fingerprint(body));
        if (claim instanceof IdempotencyStore.Claim.Replay replay) {
            return replayed(replay.response());
        }
        var recordId = ((IdempotencyStore.Claim.Proceed) claim).recordId();
        Response response;
        try {
            response = work.get();
        } catch (RuntimeException e) {
            store.release(recordId);
            throw e;
        }
        StoredResponse stored = toStored(response);
        QuarkusTransaction.requiringNew().run(() -> store.complete(recordId, stored));
        return response;
    }

    /** The scope of the caller's keys: their practice, client record or user. */
    public static String scopeOf(Caller caller) {
        return scope(caller);
    }

    static String scope(Caller caller) {
        if (caller.practiceId() != null) {
            return "practice:" + caller.practiceId();
        }
        if (caller.clientId() != null) {
            return "client:" + caller.clientId();
        }
        return "user:" + caller.actorId();
    }

    private String fingerprint(Object body) {
        try {
            return Hashes.sha256Hex(request.method() + " " + request.path() + "\n" + json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private StoredResponse toStored(Response response) {
        try {
            String body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
            URI location = response.getLocation();
            return new StoredResponse(response.getStatus(), body, location == null ? null : location.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the response", e);
        }
    }

    private static Response replayed(StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            builder.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        return builder.build();
    }
}
