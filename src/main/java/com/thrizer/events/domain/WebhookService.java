package com.thrizer.events.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.events.api.EventApiMapper;
import com.thrizer.events.persistence.WebhookDelivery;
import com.thrizer.events.persistence.WebhookDeliveryRepository;
import com.thrizer.events.persistence.WebhookEndpoint;
import com.thrizer.events.persistence.WebhookEndpointRepository;
import com.thrizer.shared.crypto.DataEncryptor;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.time.Clocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A practice's webhook endpoints: where its events go. Admins and API keys with {@code webhooks:write} manage them; an
 * endpoint only ever receives the event types its creator's scopes can read. Secrets are generated here, shown once,
 * stored encrypted; a rotation keeps the previous secret signing for 24 hours.
 */
@ApplicationScoped
public class WebhookService {
    public static final String RESOURCE = "WEBHOOK_ENDPOINT";

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookDispatcher dispatcher;
    private final EventApiMapper documents;
    private final DataEncryptor encryptor;
    private final WebhookConfig config;
    private final WebhookUrlPolicy policy;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    WebhookService(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WebhookDispatcher dispatcher,
            EventApiMapper documents,
            DataEncryptor encryptor,
            WebhookConfig config,
            CallerContext callers,
            AuditTrail audit,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.documents = documents;
        this.encryptor = encryptor;
        this.config = config;
        this.policy = new WebhookUrlPolicy(config.allowLocalhost());
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** An endpoint with the secret shown once (on creation and rotation). */
    public record WithSecret(WebhookEndpointView endpoint, String secret) {}

    /**
     * A delivery with its attempts, oldest first. Values only; the next attempt is shown only while the delivery is
     * pending.
     */
    public record DeliveryView(
            UUID id,
            UUID endpointId,
            UUID eventId,
            String eventType,
            WebhookDelivery.Status status,
            int attemptCount,
            Instant nextAttemptAt,
            Instant createdAt,
            List<WebhookAttempt> attempts) {
        public DeliveryView {
            attempts = List.copyOf(attempts);
        }

        static DeliveryView of(WebhookDelivery d, List<WebhookAttempt> attempts) {
            return new DeliveryView(
                    d.id,
                    d.endpointId,
                    d.eventId,
                    d.eventType,
                    d.status,
                    d.attemptCount,
                    d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null,
                    d.createdAt,
                    attempts);
        }
    }

    @Transactional
    public WithSecret create(String url, String description, List<String> enabledEvents) {
        Caller caller = callers.caller();
        Set<String> readScopes = readScopes(caller);
        List<FieldError> shape = new ArrayList<>();
        String checkedUrl = checkUrlShape(url, shape);
        String events = checkEvents(enabledEvents, readScopes, shape);
        if (!shape.isEmpty()) {
            throw new ValidationException(shape);
        }
        checkUrlAddress(checkedUrl);
        // the limit is counted and kept one creation at a time per practice, on every instance
        endpoints.lockName("webhook_endpoints:" + caller.practiceId());
        if (endpoints.countInPractice() >= config.maxEndpoints()) {
            throw new RuleViolationException(
                    "webhook_endpoint_limit_reached",
                    "A practice can have " + config.maxEndpoints() + " webhook endpoints; delete one first.");
        }
        Instant now = Clocks.now(clock);
        String secret = WebhookSignature.newSecret();
        WebhookEndpoint e = new WebhookEndpoint();
        e.id = UUID.randomUUID();
        e.createdAt = now;
        e.updatedAt = now;
        e.url = checkedUrl;
        e.description = blankToNull(description);
        e.enabledEvents = events;
        e.allowedScopes = String.join(",", readScopes);
        e.status = WebhookEndpoint.Status.ENABLED;
        e.secretEncrypted = encryptor.encrypt(secret);
        e.createdBy = caller.actorId();
        endpoints.persist(e);
        audit.record(AuditAction.CREATE, RESOURCE, e.id);
        return new WithSecret(WebhookEndpointView.of(e), secret);
    }

    @Transactional
    public Page<WebhookEndpointView> list(PageRequest page) {
        return endpoints.list(page).map(WebhookEndpointView::of);
    }

    @Transactional
    public WebhookEndpointView get(UUID id) {
        return WebhookEndpointView.of(endpoints.getById(id));
    }

    /** Changes what is given; {@code enabled} false disables (pending deliveries are given up), true enables again. */
    @Transactional
    public WebhookEndpointView update(
            UUID id, String url, String description, List<String> enabledEvents, Boolean enabled) {
        WebhookEndpoint e = endpoints.getForUpdate(id);
        List<FieldError> shape = new ArrayList<>();
        String checkedUrl = url == null ? null : checkUrlShape(url, shape);
        String events = enabledEvents == null ? null : checkEvents(enabledEvents, allowedOf(e), shape);
        if (!shape.isEmpty()) {
            throw new ValidationException(shape);
        }
        Instant now = Clocks.now(clock);
        if (checkedUrl != null) {
            checkUrlAddress(checkedUrl);
            e.url = checkedUrl;
        }
        if (description != null) {
            e.description = blankToNull(description);
        }
        if (events != null) {
            e.enabledEvents = events;
        }
        if (Boolean.FALSE.equals(enabled) && e.status == WebhookEndpoint.Status.ENABLED) {
            e.status = WebhookEndpoint.Status.DISABLED;
            e.disabledReason = WebhookEndpoint.DISABLED_BY_USER;
            deliveries.failPending(e.id, now);
        } else if (Boolean.TRUE.equals(enabled) && e.status == WebhookEndpoint.Status.DISABLED) {
            e.status = WebhookEndpoint.Status.ENABLED;
            e.disabledReason = null;
            e.failingSince = null;
        }
        e.updatedAt = now;
        audit.record(AuditAction.UPDATE, RESOURCE, e.id);
        return WebhookEndpointView.of(e);
    }

    @Transactional
    public void delete(UUID id) {
        WebhookEndpoint e = endpoints.getForUpdate(id);
        endpoints.delete(e);
        audit.record(AuditAction.DELETE, RESOURCE, id);
    }

    /** A new secret; the previous one keeps signing (beside it) for the overlap, then stops. */
    @Transactional
    public WithSecret rotateSecret(UUID id) {
        WebhookEndpoint e = endpoints.getForUpdate(id);
        Instant now = Clocks.now(clock);
        String secret = WebhookSignature.newSecret();
        e.previousSecretEncrypted = e.secretEncrypted;
        e.previousSecretExpiresAt = now.plus(config.secretOverlap());
        e.secretEncrypted = encryptor.encrypt(secret);
        e.updatedAt = now;
        audit.record(AuditAction.UPDATE, RESOURCE, e.id);
        return new WithSecret(WebhookEndpointView.of(e), secret);
    }

    /**
     * Sends a signed {@code webhook_endpoint.test} event now (also to a disabled endpoint) and answers the attempt.
     * It is not retried and does not count toward the endpoint's health.
     */
    public DeliveryView test(UUID id, Function<WebhookEndpointView, Object> render) {
        UUID deliveryId = QuarkusTransaction.requiringNew().call(() -> {
            WebhookEndpoint e = endpoints.getById(id);
            Instant now = Clocks.now(clock);
            WebhookDelivery d = new WebhookDelivery();
            d.id = UUID.randomUUID();
            d.practiceId = e.practiceId;
            d.endpointId = e.id;
            d.eventId = UUID.randomUUID();
            d.eventType = EventType.TEST;
            d.testPayload = documents.document(
                    d.eventId, EventType.TEST, now, e.practiceId, render.apply(WebhookEndpointView.of(e)));
            d.status = WebhookDelivery.Status.PENDING;
            d.attemptCount = 1;
            d.createdAt = now;
            d.updatedAt = now;
            deliveries.insertTest(d);
            audit.record(AuditAction.UPDATE, RESOURCE, e.id);
            return d.id;
        });
        dispatcher.sendTest(deliveryId);
        return QuarkusTransaction.requiringNew().call(() -> view(deliveries.find(deliveryId)));
    }

    @Transactional
    public Page<DeliveryView> deliveries(
            UUID endpointId, WebhookDelivery.Status status, UUID eventId, PageRequest page) {
        WebhookEndpoint e = endpoints.getById(endpointId);
        Page<WebhookDelivery> result = deliveries.list(e.id, status, eventId, page);
        Map<UUID, List<WebhookAttempt>> attempts =
                deliveries.attemptsOf(result.data().stream().map(d -> d.id).toList());
        return result.map(d -> DeliveryView.of(d, attempts.getOrDefault(d.id, List.of())));
    }

    private DeliveryView view(WebhookDelivery d) {
        if (d == null) {
            throw new ResourceNotFoundException("delivery");
        }
        return DeliveryView.of(d, deliveries.attemptsOf(List.of(d.id)).getOrDefault(d.id, List.of()));
    }

    // ---------- rules

    /** The read scopes of the caller that carry events: an endpoint never receives more than its creator could read. */
    private static Set<String> readScopes(Caller caller) {
        Set<String> out = new LinkedHashSet<>();
        for (EventType t : EventType.readableWith(caller.scopes())) {
            out.add(t.scope());
        }
        return out;
    }

    private static Set<String> allowedOf(WebhookEndpoint e) {
        return new LinkedHashSet<>(List.of(e.allowedScopes.split(",")));
    }

    private String checkUrlShape(String url, List<FieldError> errors) {
        String trimmed = url.trim();
        URI uri = policy.parse(trimmed);
        if (uri == null) {
            errors.add(new FieldError(
                    "url",
                    "invalid_webhook_url",
                    config.allowLocalhost()
                            ? "must be an absolute https:// URL (or http://localhost) without credentials"
                            : "must be an absolute https:// URL without credentials"));
            return null;
        }
        return trimmed;
    }

    /** 422 when the host is, or resolves to, an address events may not be sent to. */
    private void checkUrlAddress(String url) {
        boolean allowed;
        try {
            allowed = policy.hostAllowed(policy.parse(url).getHost());
        } catch (UnknownHostException e) {
            allowed = true; // not resolvable now: checked again before every attempt
        }
        if (!allowed) {
            throw new RuleViolationException(
                    "webhook_url_not_allowed",
                    "Events cannot be sent to private, loopback, link-local or reserved addresses.",
                    "url");
        }
    }

    /** The stored form of the event types ({@code *} or a comma-separated list); errors for what cannot be. */
    private static String checkEvents(List<String> types, Set<String> readScopes, List<FieldError> errors) {
        Set<String> unique = new LinkedHashSet<>(types);
        if (unique.contains(WebhookEndpoint.ALL_EVENTS)) {
            if (unique.size() > 1) {
                errors.add(new FieldError("enabledEvents", "wildcard_not_alone", "\"*\" stands alone"));
            }
            return WebhookEndpoint.ALL_EVENTS;
        }
        List<FieldError> refused = new ArrayList<>();
        int i = 0;
        for (String type : types) {
            EventType t = EventType.ofWire(type).orElse(null);
            if (t != null && !readScopes.contains(t.scope())) {
                refused.add(new FieldError(
                        "enabledEvents[" + i + "]", "event_type_not_permitted", "needs the " + t.scope() + " scope"));
            }
            i++;
        }
        if (!refused.isEmpty() && errors.isEmpty()) {
            throw new RuleViolationException(
                    "event_type_not_permitted",
                    "These event types carry objects your credentials cannot read.",
                    refused);
        }
        return String.join(",", unique);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
