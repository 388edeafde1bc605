package com.thrizer.shared.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a queue's row is due again: fixed, exponential with jitter, and the retry window. */
class RetryScheduleTest {
    private static final Instant T0 = Instant.parse("2026-11-27T00:00:00.123456789Z");

    @Test
    void aFixedScheduleAddsTheSameExactDelayAfterEveryAttempt() {
        RetrySchedule every = RetrySchedule.fixed(Duration.ofMinutes(1).plusNanos(7));
        assertEquals(T0.plus(Duration.ofMinutes(1).plusNanos(7)), every.next(T0));
        assertEquals(T0.plus(Duration.ofMinutes(1).plusNanos(7)), every.next(9, T0));
        assertEquals(T0, RetrySchedule.fixed(Duration.ZERO).next(T0)); // due again at once: the next run
        assertFalse(every.isOver(T0, T0.plus(Duration.ofDays(3650)))); // no window: never given up
    }

    @Test
    void anExponentialScheduleDoublesUpToItsMaximum() {
        RetrySchedule backoff = RetrySchedule.exponential(Duration.ofMinutes(1), Duration.ofHours(12));
        assertEquals(Duration.ofMinutes(1), backoff.delay(0, 0.9));
        assertEquals(Duration.ofMinutes(1), backoff.delay(1, 0.9));
        assertEquals(Duration.ofMinutes(2), backoff.delay(2, 0.9));
        assertEquals(Duration.ofMinutes(512), backoff.delay(10, 0.9));
        assertEquals(Duration.ofHours(12), backoff.delay(11, 0.9));
        assertEquals(Duration.ofHours(12), backoff.delay(1_000, 0.9)); // no overflow
        assertEquals(T0.plus(Duration.ofMinutes(4)), backoff.next(3, T0));
    }

    @Test
    void jitterSpreadsTheDelayEitherWayInWholeMilliseconds() {
        RetrySchedule backoff = RetrySchedule.exponential(Duration.ofMinutes(1), Duration.ofHours(12))
                .withJitter(0.25);
        assertEquals(Duration.ofSeconds(45), backoff.delay(1, 0.0));
        assertEquals(Duration.ofSeconds(60), backoff.delay(1, 0.5));
        assertEquals(Duration.ofSeconds(75), backoff.delay(1, 1.0));
        assertEquals(
                Duration.ofMillis(1),
                RetrySchedule.exponential(Duration.ZERO, Duration.ZERO)
                        .withJitter(0.25)
                        .delay(1, 0.5)); // never due at the same instant again
        for (int i = 0; i < 100; i++) {
            Duration d = Duration.between(T0, backoff.next(1, T0));
            assertTrue(d.compareTo(Duration.ofSeconds(45)) >= 0 && d.compareTo(Duration.ofSeconds(75)) <= 0, "" + d);
        }
    }

    @Test
    void aWindowEndsTheRetriesWithALastAttemptAtItsEnd() {
        RetrySchedule s = RetrySchedule.exponential(Duration.ofMinutes(1), Duration.ofHours(12))
                .withJitter(0.25)
                .giveUpAfter(Duration.ofDays(3));
        Instant end = T0.plus(Duration.ofDays(3));
        assertEquals(Optional.of(T0.plusSeconds(60)), s.next(T0, 1, T0, 0.5));
        assertEquals(Optional.of(end), s.next(T0, 12, end.minusSeconds(60), 0.5));
        assertEquals(Optional.empty(), s.next(T0, 13, end, 0.5));
        assertFalse(s.isOver(T0, end.minusNanos(1)));
        assertTrue(s.isOver(T0, end));
        Optional<Instant> random = s.next(T0, 1, T0);
        assertTrue(random.isPresent() && !random.get().isBefore(T0.plusSeconds(45)));
    }

    @Test
    void impossibleSchedulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.fixed(Duration.ofSeconds(-1)));
        RetrySchedule s = RetrySchedule.fixed(Duration.ofSeconds(1));
        assertThrows(IllegalArgumentException.class, () -> s.withJitter(1.0));
        assertThrows(IllegalArgumentException.class, () -> s.withJitter(-0.1));
    }
}
