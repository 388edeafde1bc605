package com.thrizer.events.domain;

import com.thrizer.events.persistence.EventRepository;
import com.thrizer.events.persistence.WebhookDelivery;
import com.thrizer.events.persistence.WebhookDeliveryRepository;
import com.thrizer.events.persistence.WebhookEndpoint;
import com.thrizer.events.persistence.WebhookEndpointRepository;
import com.thrizer.notifications.Notifications;
import com.thrizer.practices.PracticeService;
import com.thrizer.shared.crypto.DataEncryptor;
import com.thrizer.shared.outbound.OutsideCalls;
import com.thrizer.shared.outbound.ProviderOperation;
import com.thrizer.shared.outbound.RetrySchedule;
import com.thrizer.shared.outbound.RunClock;
import com.thrizer.shared.time.Clocks;
import com.thrizer.team.domain.TeamService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers queued events, at least once. Each attempt is claimed in its own short transaction with
 * {@code FOR UPDATE SKIP LOCKED}, which also moves the delivery's next attempt past a lease: another instance never
 * sends the same attempt while it is under way, and an instance that dies mid-send leaves it to be retried when the
 * lease ends. The HTTP call runs outside any transaction; its outcome is recorded in a second one (ignored if the
 * lease was lost): each attempt is one {@link OutsideCalls#run}. Failures are retried with backoff for 3 days; an endpoint failing for 3 days is disabled and the
 * practice's admins are emailed.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final int BATCH = 500;

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final EventRepository events;
    private final WebhookSender sender;
    private final DataEncryptor encryptor;
    private final Notifications notifications;
    private final TeamService team;
    private final PracticeService practices;
    private final WebhookConfig config;
    private final RetrySchedule retries;
    private final Clock clock;

    WebhookDispatcher(
            WebhookDeliveryRepository deliveries,
            WebhookEndpointRepository endpoints,
            EventRepository events,
            WebhookSender sender,
            DataEncryptor encryptor,
            Notifications notifications,
            TeamService team,
            PracticeService practices,
            WebhookConfig config,
            Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.events = events;
        this.sender = sender;
        this.encryptor = encryptor;
        this.notifications = notifications;
        this.team = team;
        this.practices = practices;
        this.config = config;
        this.retries = new WebhookRetries(config.firstDelay(), config.maxDelay(), config.retryWindow()).schedule();
        this.clock = clock;
    }

    /** What one run did. */
    public record Result(int succeeded, int failed, int gaveUp, int endpointsDisabled) {
        static final Result NONE = new Result(0, 0, 0, 0);

        Result plus(Result o) {
            return new Result(
                    succeeded + o.succeeded,
                    failed + o.failed,
                    gaveUp + o.gaveUp,
                    endpointsDisabled + o.endpointsDisabled);
        }
    }

    @Scheduled(
            every = "${thrizer.webhooks.dispatch-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(Clocks.now(clock));
    }

    /** Sends every delivery due by {@code now} (at most {@link #BATCH}), each as one {@link OutsideCalls#run}. */
    public Result run(Instant now) {
        RunClock run = RunClock.startingAt(now);
        return OutsideCalls.runDue(BATCH, () -> new DueDelivery(run)).stream().reduce(Result.NONE, Result::plus);
    }

    /** One attempt to make: where, signed with which secrets, what. */
    record Send(
            UUID deliveryId,
            int attempt,
            UUID endpointId,
            UUID eventId,
            String url,
            List<String> secrets,
            String body) {}

    /** Sending an event: the receiver's answer is an outcome (the sender never throws for what the receiver did). */
    private abstract class Sending implements ProviderOperation<Send, WebhookSender.Outcome, Result> {
        @Override
        public WebhookSender.Outcome call(Send s) {
            // its endpoint was deleted meanwhile (the delivery went with it): nothing to send
            return s.url() == null
                    ? null
                    : sender.send(s.url(), s.secrets(), s.eventId().toString(), s.body());
        }

        @Override
        public Failure classify(RuntimeException e) {
            return null;
        }

        @Override
        public Result refused(Send s, RuntimeException refusal) {
            return Result.NONE;
        }

        @Override
        public Result lost(Send s, RuntimeException e) {
            return Result.NONE;
        }
    }

    /** The next due delivery, claimed under a lease (its next attempt moves past it, from the time of the claim). */
    private final class DueDelivery extends Sending {
        private final RunClock run;
        private final Instant now;

        DueDelivery(RunClock run) {
            this.run = run;
            this.now = run.start();
        }

        @Override
        public Optional<Send> begin() {
            Instant leaseUntil = run.leaseFor(config.timeout().multipliedBy(3).plus(Duration.ofSeconds(30)));
            return deliveries.claimDue(now, leaseUntil).map(id -> {
                WebhookDelivery d = deliveries.find(id);
                return prepare(d, d.attemptCount);
            });
        }

        @Override
        public Result settle(Send s, WebhookSender.Outcome outcome) {
            return outcome == null ? Result.NONE : record(s, outcome, now);
        }
    }

    private Send prepare(WebhookDelivery d, int attempt) {
        WebhookEndpoint e = endpoints.findAcrossPractices(d.endpointId);
        if (e == null) {
            return new Send(d.id, attempt, d.endpointId, d.eventId, null, List.of(), null);
        }
        String body = d.testPayload != null
                ? d.testPayload
                : events.payloadOf(d.eventId).orElseThrow(() -> new IllegalStateException("event missing"));
        return new Send(d.id, attempt, e.id, d.eventId, e.url, secretsOf(e, Clocks.now(clock)), body);
    }

    private List<String> secretsOf(WebhookEndpoint e, Instant at) {
        List<String> secrets = new ArrayList<>();
        secrets.add(encryptor.decrypt(e.secretEncrypted));
        if (e.previousSecretValidAt(at)) {
            secrets.add(encryptor.decrypt(e.previousSecretEncrypted));
        }
        return secrets;
    }

    /** Records an attempt's outcome and what follows: done, the next attempt, or giving up (and the endpoint's health). */
    private Result record(Send s, WebhookSender.Outcome o, Instant now) {
        WebhookEndpoint e = endpoints.lockAcrossPractices(s.endpointId()); // endpoint before delivery: one lock order
        WebhookDelivery d = deliveries.lock(s.deliveryId());
        if (e == null || d == null || d.status != WebhookDelivery.Status.PENDING || d.attemptCount != s.attempt()) {
            return Result.NONE; // deleted, given up, or the lease was lost and another attempt is under way
        }
        deliveries.insertAttempt(
                d.id, new WebhookAttempt(s.attempt(), now, o.succeeded(), o.statusCode(), o.durationMs(), o.error()));
        d.updatedAt = now;
        if (o.succeeded()) {
            d.status = WebhookDelivery.Status.SUCCEEDED;
            d.nextAttemptAt = null;
            e.failingSince = null;
            return new Result(1, 0, 0, 0);
        }
        if (e.failingSince == null) {
            e.failingSince = now;
        }
        boolean endpointFailing = e.status == WebhookEndpoint.Status.ENABLED && retries.isOver(e.failingSince, now);
        Optional<Instant> next = endpointFailing ? Optional.empty() : retries.next(d.createdAt, s.attempt(), now);
        d.nextAttemptAt = next.orElse(null);
        if (next.isEmpty()) {
            d.status = WebhookDelivery.Status.FAILED;
        }
        if (endpointFailing) {
            disable(e, now);
        }
        return new Result(0, 1, next.isEmpty() ? 1 : 0, endpointFailing ? 1 : 0);
    }

    private void disable(WebhookEndpoint e, Instant now) {
        e.status = WebhookEndpoint.Status.DISABLED;
        e.disabledReason = WebhookEndpoint.FAILING;
        e.updatedAt = now;
        int dropped = deliveries.failPending(e.id, now);
        LOG.warnf(
                "webhook endpoint %s failed for %s: disabled (%d pending deliveries given up)",
                e.id, config.retryWindow(), dropped);
        String practiceName = practices.nameOf(e.practiceId);
        String host = URI.create(e.url).getHost();
        for (String admin : team.adminEmails(e.practiceId)) {
            notifications.webhookEndpointDisabled(admin, practiceName, host, e.id.toString());
        }
    }

    /** The test event's one attempt: sent now, recorded, never retried, not counted toward the endpoint's health. */
    void sendTest(UUID deliveryId) {
        OutsideCalls.run(new Sending() {
            @Override
            public Optional<Send> begin() {
                return Optional.of(prepare(deliveries.find(deliveryId), 1));
            }

            @Override
            public Result settle(Send s, WebhookSender.Outcome o) {
                if (o != null) {
                    recordTest(deliveryId, o);
                }
                return Result.NONE;
            }
        });
    }

    private void recordTest(UUID deliveryId, WebhookSender.Outcome o) {
        Instant now = Clocks.now(clock);
        WebhookDelivery d = deliveries.lock(deliveryId);
        deliveries.insertAttempt(
                d.id, new WebhookAttempt(1, now, o.succeeded(), o.statusCode(), o.durationMs(), o.error()));
        d.status = o.succeeded() ? WebhookDelivery.Status.SUCCEEDED : WebhookDelivery.Status.FAILED;
        d.updatedAt = now;
    }
}
