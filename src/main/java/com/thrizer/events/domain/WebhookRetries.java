package com.thrizer.events.domain;

import com.thrizer.shared.outbound.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again, the webhooks' {@link RetrySchedule}: exponential backoff ({@code firstDelay}
 * doubled after every attempt, at most {@code maxDelay}) with jitter (75% to 125% of the delay, so that endpoints
 * recovering from an outage are not hit by every delivery at once), never later than the end of the retry window;
 * after it, the delivery is given up (and an endpoint failing for the whole window is disabled).
 */
public record WebhookRetries(Duration firstDelay, Duration maxDelay, Duration window) {
    static final double JITTER = 0.25;

    /** The schedule these settings describe. */
    public RetrySchedule schedule() {
        return RetrySchedule.exponential(firstDelay, maxDelay)
                .withJitter(JITTER)
                .giveUpAfter(window);
    }

    /**
     * The next attempt after attempt {@code attempt} (1-based) failed at {@code now}, for a delivery queued at
     * {@code queuedAt}; empty when the window is over. {@code jitter} is a random number in [0, 1).
     */
    public Optional<Instant> next(Instant queuedAt, int attempt, Instant now, double jitter) {
        return schedule().next(queuedAt, attempt, now, jitter);
    }
}
