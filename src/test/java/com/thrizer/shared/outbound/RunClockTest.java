package com.thrizer.shared.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Leases are measured from when each row is claimed: the run's instant plus the real time elapsed since it started. */
class RunClockTest {
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Test
    void aLeaseTakenLateInALongRunStartsWhenTheRowIsClaimedNotWhenTheRunStarted() {
        AtomicLong nanos = new AtomicLong(1_000_000_000L);
        Instant start = Instant.parse("2031-03-04T10:00:00Z"); // a test's own now, far from the real clock
        RunClock run = new RunClock(start, nanos::get);
        assertEquals(start, run.start());
        assertEquals(start.plus(LEASE), run.leaseFor(LEASE)); // claimed at once: the test's exact timing

        nanos.addAndGet(Duration.ofMinutes(7).toNanos()); // the run's earlier calls took longer than a lease
        assertEquals(start, run.start()); // due checks stay at the run's instant
        assertEquals(start.plus(Duration.ofMinutes(7)), run.now());
        assertEquals(start.plus(Duration.ofMinutes(12)), run.leaseFor(LEASE)); // not already over
    }

    @Test
    void aLeaseEndsOnAWholeMicrosecondAndNeverBeforeTheRunsInstant() {
        AtomicLong nanos = new AtomicLong(500);
        Instant start = Instant.parse("2031-03-04T10:00:00Z");
        RunClock run = new RunClock(start, nanos::get);
        nanos.addAndGet(1_999); // 1.999 microseconds
        assertEquals(start.plusNanos(1_000).plus(LEASE), run.leaseFor(LEASE));
        nanos.set(0); // a nano clock read before the start (it never goes back): the run's instant
        assertEquals(start, run.now());
    }
}
