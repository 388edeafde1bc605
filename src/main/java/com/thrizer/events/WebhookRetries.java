package com.thrizer.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: exponential backoff ({@code firstDelay} doubled after every attempt, at most
 * {@code maxDelay}) with jitter (75% to 125% of the delay, so that endpoints recovering from an outage are not hit
 * by every delivery at once), never later than the end of the retry window; after it, the delivery is given up.
 */
public record WebhookRetries(Duration firstDelay, Duration maxDelay, Duration window) {

    /**
     * The next attempt after attempt {@code attempt} (1-based) failed at {@code now}, for a delivery queued at
     * {@code queuedAt}; empty when the window is over. {@code jitter} is a random number in [0, 1).
     */
    public Optional<Instant> next(Instant queuedAt, int attempt, Instant now, double jitter) {
        Instant deadline = queuedAt.plus(window);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        long base = firstDelay.toMillis();
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        long delay = Math.min(maxDelay.toMillis(), base << doublings);
        long jittered = Math.round(delay * (0.75 + 0.5 * jitter));
        Instant next = now.plusMillis(Math.max(jittered, 1));
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }
}
