package com.thrizer.shared.outbound;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A job run's time: the instant the run is made as of ({@link #start}, the clock's, or a test's own), advanced by the
 * real time elapsed since the run started. Leases are measured here, from when each row is claimed, never from the
 * run's start: a run longer than a lease would otherwise claim rows whose lease has already run out (another instance
 * takes them while the provider call is still under way). A test driving a job with its own {@code now} keeps its
 * exact timing: the run's due checks stay at {@link #start}, and a lease is {@code start} plus the run's elapsed time.
 */
public final class RunClock {
    private final Instant start;
    private final LongSupplier nanoTime;
    private final long startedNanos;

    RunClock(Instant start, LongSupplier nanoTime) {
        this.start = Objects.requireNonNull(start);
        this.nanoTime = nanoTime;
        this.startedNanos = nanoTime.getAsLong();
    }

    /** A run made as of {@code start}, starting now (real time). */
    public static RunClock startingAt(Instant start) {
        return new RunClock(start, System::nanoTime);
    }

    /** The instant the run is made as of (its due checks). */
    public Instant start() {
        return start;
    }

    /** The run's start plus the real time elapsed since (never before the start). */
    public Instant now() {
        return start.plusNanos(Math.max(0, nanoTime.getAsLong() - startedNanos));
    }

    /** The end of a lease of {@code length} taken now (whole microseconds: PostgreSQL keeps them exactly). */
    public Instant leaseFor(Duration length) {
        return now().plus(length).truncatedTo(ChronoUnit.MICROS);
    }
}
