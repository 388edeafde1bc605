package com.thrizer.shared.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thrizer.shared.crypto.Hashes;
import com.thrizer.shared.error.IdempotencyInUse;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.web.RequestMetadata;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * Runs a POST under an {@code Idempotency-Key}: claim the key (its own transaction), do the work and store its answer
 * in one transaction, or release the key if the work fails. A retry with the same key and body gets the stored
 * answer with {@code Idempotent-Replayed: true}. Keys are scoped to the caller (the user or API key, within their
 * practice or client record): a stored answer is replayed only to the caller who made the request, and another
 * caller's request with the same key runs as the fresh request it is, with all its access checks.
 *
 * <p>Every failure this service sees releases the key at once (a failed work, a failure to store the answer, a
 * failed commit); a release that fails itself (the database is unreachable) is retried until it succeeds. Only a
 * request that dies with its service instance keeps its key, for the short in-flight lease.
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class);

    /** Claims whose release failed (the database was unreachable): released again before the next claim. */
    private final Set<UUID> pendingReleases = ConcurrentHashMap.newKeySet();

    /** The claim of the stepwise work running on this thread, for {@link #holdsClaim}. */
    private final ThreadLocal<UUID> stepwiseClaim = new ThreadLocal<>();

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
        return execute(key == null ? null : who(callers.caller()), key, body, work);
    }

    private Response execute(String scope, String key, Object body, Supplier<Response> work) {
        if (key == null) {
            return QuarkusTransaction.joiningExisting().call(work::get);
        }
        IdempotencyStore.Claim claim = claim(scope, key, body);
        if (claim instanceof IdempotencyStore.Claim.Replay replay) {
            return replayed(replay.response());
        }
        var recordId = ((IdempotencyStore.Claim.Proceed) claim).recordId();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Response response = work.get();
                if (!store.complete(recordId, toStored(response))) {
                    // our lease ran out and a retry took the key over: undo this run, the retry answers
                    throw new IdempotencyInUse();
                }
                return response;
            });
        } catch (RuntimeException | Error e) {
            release(recordId);
            throw e;
        }
    }

    /**
     * As {@link #execute}, for work that runs its own transactions because it calls an outside system between them
     * (a card charge). The work must find what an earlier run under the same key left behind (charges are unique by
     * key); its answer is stored in a transaction of its own once it returns. Work that inserts a new row instead
     * stores its answer with that row (the variant given the step that stores it).
     */
    public Response executeStepwise(String key, Object body, Supplier<Response> work) {
        IdempotencyStore.Claim claim = claim(scope(callers.caller()), key, body);
        if (claim instanceof IdempotencyStore.Claim.Replay replay) {
            return replayed(replay.response());
        }
        var recordId = ((IdempotencyStore.Claim.Proceed) claim).recordId();
        return runStepwise(recordId, () -> {
            Response response = work.get();
            StoredResponse stored = toStored(response);
            // false: our lease ran out and a retry took the key over; it finds what this run made and answers the same
            QuarkusTransaction.requiringNew().call(() -> store.complete(recordId, stored));
            return response;
        });
    }

    /**
     * As {@link #executeStepwise}, for stepwise work whose last step writes what a retry could not find (a new row:
     * an attached card, a benefit check): the work is given the step that stores its answer, and calls it inside
     * the transaction of its last write, so the row and the stored answer commit together or not at all (as with
     * {@link #execute}). Without a key the work just runs, its answer unchanged. An answer the work did not store so
     * (a path without a last write) is stored on its own once the work returns, as {@link #executeStepwise} does.
     *
     * @param work given the step that stores an answer in the current transaction; 409 {@code idempotency_key_in_use}
     *     from that step when a retry took the key over (this run's transaction must then be undone)
     */
    public Response executeStepwiseWithAnswer(
            String key, Object body, Function<UnaryOperator<Response>, Response> work) {
        if (key == null) {
            return work.apply(UnaryOperator.identity());
        }
        IdempotencyStore.Claim claim = claim(scope(callers.caller()), key, body);
        if (claim instanceof IdempotencyStore.Claim.Replay replay) {
            return replayed(replay.response());
        }
        var recordId = ((IdempotencyStore.Claim.Proceed) claim).recordId();
        AtomicBoolean stored = new AtomicBoolean();
        UnaryOperator<Response> storeHere = response -> {
            if (!store.complete(recordId, toStored(response))) {
                throw new IdempotencyInUse();
            }
            stored.set(true);
            return response;
        };
        return runStepwise(recordId, () -> {
            Response response = work.apply(storeHere);
            if (!stored.get()) {
                StoredResponse answer = toStored(response);
                QuarkusTransaction.requiringNew().call(() -> store.complete(recordId, answer));
            }
            return response;
        });
    }

    /** Runs stepwise work under its claim: {@link #holdsClaim} renews it; any failure gives the key up. */
    private Response runStepwise(UUID recordId, Supplier<Response> work) {
        stepwiseClaim.set(recordId);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            // the work finds what this run left behind when retried, or committed nothing, so the key is given up
            release(recordId);
            throw e;
        } finally {
            stepwiseClaim.remove();
        }
    }

    /**
     * For stepwise work, between its steps and in the transaction of the next one: renews the lease of this
     * request's claim and keeps it until that transaction ends (a retry cannot take the key over meanwhile). False
     * when the claim was taken over (this run was presumed dead): a retry owns what this run made, and this run must
     * not change it. True outside stepwise work (the recovery job, a request without a claim).
     */
    public boolean holdsClaim() {
        UUID recordId = stepwiseClaim.get();
        return recordId == null || store.renew(recordId);
    }

    /** Releases the claims whose release failed earlier (run before each claim and on a schedule). */
    public void retryPendingReleases() {
        for (UUID id : pendingReleases) {
            try {
                store.release(id);
                pendingReleases.remove(id);
            } catch (RuntimeException e) {
                return; // the database is still unreachable: try again later
            }
        }
    }

    private IdempotencyStore.Claim claim(String scope, String key, Object body) {
        retryPendingReleases();
        return store.claim(scope, key, fingerprint(body));
    }

    /** Gives the key up after a failure; if even that fails, it is retried until the database answers again. */
    private void release(UUID recordId) {
        try {
            store.release(recordId);
        } catch (RuntimeException e) {
            pendingReleases.add(recordId);
            LOG.warnf(
                    "Idempotency claim %s could not be released (%s); retrying shortly",
                    recordId, e.getClass().getSimpleName());
        }
    }

    /**
     * The scope of the caller's keys: the caller themselves (user or API key), within their practice or client
     * record. A user's keys in one practice are not theirs in another, and an API key's are its own.
     */
    public static String scopeOf(Caller caller) {
        return scope(caller);
    }

    static String scope(Caller caller) {
        String who = who(caller);
        if (caller.practiceId() != null) {
            return "practice:" + caller.practiceId() + "/" + who;
        }
        if (caller.clientId() != null) {
            return "client:" + caller.clientId() + "/" + who;
        }
        return who;
    }

    /**
     * The caller alone: the API key, the user, or for a signed-in person without a user record (an operator whose
     * email is another identity's) their token's identity, hashed to a bounded length.
     */
    private static String who(Caller caller) {
        if (caller.type() == Caller.Type.API_KEY) {
            return "api_key:" + caller.apiKeyId();
        }
        if (caller.userId() != null) {
            return "user:" + caller.userId();
        }
        if (caller.signInIdentity() == null) {
            throw new IllegalStateException("a caller without any identity cannot claim an Idempotency-Key");
        }
        return "identity:" + Hashes.sha256Hex(caller.signInIdentity());
    }

    /**
     * The practice-wide scope of releases before keys were scoped per caller ({@code practice:<id>} or
     * {@code client:<id>}), or null. During a rolling upgrade, instances still on the earlier release write charges,
     * refunds and client-filed claims under it: a retry looks there too, for what the same caller made.
     */
    public static String legacyScopeOf(Caller caller) {
        if (caller.practiceId() != null) {
            return "practice:" + caller.practiceId();
        }
        if (caller.clientId() != null) {
            return "client:" + caller.clientId();
        }
        return null;
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
            return new StoredResponse(response.getStatus(), body, response.getHeaderString(HttpHeaders.LOCATION));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the response", e);
        }
    }

    /**
     * A stored Location as a relative reference (path, query, fragment): answers stored by earlier releases hold an
     * absolute URL built from the request's Host header, which must never be replayed.
     */
    static String relative(String location) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return location.startsWith("/") && !location.startsWith("//") ? location : "/";
        }
        if (uri.getRawAuthority() == null && uri.getScheme() == null) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private static Response replayed(StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            builder.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, relative(stored.location()));
        }
        return builder.build();
    }
}
