package com.thrizer.shared.outbound;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a {@link WorkQueue}'s row is due again after an attempt: every job computes its rows' next attempt here, so
 * that a queue's retry timing is one value (built from its configuration) rather than arithmetic in the job.
 *
 * <ul>
 *   <li>{@link #fixed(Duration)}: the same delay after every attempt (a status poll, a payout check); {@code
 *       fixed(Duration.ZERO)} is "due again at once", i.e. on the job's next run.
 *   <li>{@link #exponential(Duration, Duration)}: the first delay doubled after every attempt, at most the maximum
 *       (whole milliseconds), optionally with {@link #withJitter jitter} (a random share of the delay either way).
 *   <li>{@link #giveUpAfter(Duration)}: a retry window from the row's first attempt; no attempt is due after its
 *       end (the last is at the end, never later), and then the row is given up.
 * </ul>
 */
public final class RetrySchedule {
    private static final int MAX_DOUBLINGS = 30;

    private final Duration first;
    private final Duration max;
    private final boolean doubling;
    private final double jitter;
    private final Duration window;

    private RetrySchedule(Duration first, Duration max, boolean doubling, double jitter, Duration window) {
        this.first = Objects.requireNonNull(first);
        this.max = Objects.requireNonNull(max);
        this.doubling = doubling;
        this.jitter = jitter;
        this.window = window;
        if (first.isNegative() || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("invalid retry schedule");
        }
    }

    /** The same delay after every attempt. */
    public static RetrySchedule fixed(Duration every) {
        return new RetrySchedule(every, every, false, 0, null);
    }

    /** {@code first} after the first attempt, doubled after each further one, at most {@code max}. */
    public static RetrySchedule exponential(Duration first, Duration max) {
        return new RetrySchedule(first, max, true, 0, null);
    }

    /**
     * The same schedule with each delay spread at random over {@code (1 - share)} to {@code (1 + share)} of itself (so
     * that rows failing together are not all retried together); {@code share} in [0, 1).
     */
    public RetrySchedule withJitter(double share) {
        return new RetrySchedule(first, max, doubling, share, window);
    }

    /** The same schedule, given up once {@code window} has passed since the row's first attempt. */
    public RetrySchedule giveUpAfter(Duration window) {
        return new RetrySchedule(first, max, doubling, jitter, Objects.requireNonNull(window));
    }

    /** The next attempt after the first one, at {@code now} (the window, if any, is not considered). */
    public Instant next(Instant now) {
        return next(1, now);
    }

    /** The next attempt after attempt {@code attempt} (1-based) at {@code now} (the window is not considered). */
    public Instant next(int attempt, Instant now) {
        return now.plus(
                delay(attempt, jitter == 0 ? 0.5 : ThreadLocalRandom.current().nextDouble()));
    }

    /**
     * The next attempt after attempt {@code attempt} (1-based) at {@code now} of a row first tried at {@code since},
     * never after the window's end; empty when the window is over (the row is given up).
     */
    public Optional<Instant> next(Instant since, int attempt, Instant now) {
        return next(since, attempt, now, ThreadLocalRandom.current().nextDouble());
    }

    /** As {@link #next(Instant, int, Instant)} with the jitter's random number {@code random} in [0, 1) given. */
    public Optional<Instant> next(Instant since, int attempt, Instant now, double random) {
        if (isOver(since, now)) {
            return Optional.empty();
        }
        Instant next = now.plus(delay(attempt, random));
        if (window == null) {
            return Optional.of(next);
        }
        Instant deadline = since.plus(window);
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }

    /** Whether the retry window of something failing since {@code since} is over at {@code now}. */
    public boolean isOver(Instant since, Instant now) {
        if (window == null) {
            return false;
        }
        return !now.isBefore(since.plus(window));
    }

    /** The delay after attempt {@code attempt}, with the jitter's random number {@code random} in [0, 1). */
    Duration delay(int attempt, double random) {
        Duration delay = doubling ? doubled(attempt) : first;
        if (jitter == 0) {
            return delay;
        }
        long jittered = Math.round(delay.toMillis() * (1 - jitter + 2 * jitter * random));
        return Duration.ofMillis(Math.max(jittered, 1));
    }

    private Duration doubled(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), MAX_DOUBLINGS);
        return Duration.ofMillis(Math.min(max.toMillis(), first.toMillis() << doublings));
    }
}
