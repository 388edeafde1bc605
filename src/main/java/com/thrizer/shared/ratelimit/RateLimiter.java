package com.thrizer.shared.ratelimit;

import com.thrizer.shared.time.Clocks;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Fixed-window rate limits counted in PostgreSQL, so that they hold across every service instance: one row per key
 * and window, incremented with an upsert (a single statement, no lost update under concurrency).
 */
@ApplicationScoped
public class RateLimiter {
    private final EntityManager em;
    private final Clock clock;

    RateLimiter(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A limit: at most {@code max} hits of {@code key} per {@code window}. */
    public record Limit(String key, int max, Duration window) {}

    /** The outcome for the tightest limit: whether allowed, the limit, what is left, seconds until it resets. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {}

    /** Counts a hit against every limit; throws {@link RateLimitedException} when one is exceeded. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Decision hit(List<Limit> limits) {
        return hit(limits, Clocks.now(clock));
    }

    /** As {@link #hit(List)}, as of {@code now}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Decision hit(List<Limit> limits, Instant now) {
        Decision tightest = null;
        for (Limit limit : limits) {
            Decision d = hit(limit, now);
            if (!d.allowed()) {
                throw new RateLimitedException(d);
            }
            if (tightest == null || d.remaining() < tightest.remaining()) {
                tightest = d;
            }
        }
        return tightest;
    }

    private Decision hit(Limit limit, Instant now) {
        long windowMillis = limit.window().toMillis();
        Instant start = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        int hits = ((Number) em.createNativeQuery("INSERT INTO rate_limit_counters (key, window_start, hits)"
                                + " VALUES (?1, ?2, 1) ON CONFLICT (key, window_start)"
                                + " DO UPDATE SET hits = rate_limit_counters.hits + 1 RETURNING hits")
                        .setParameter(1, limit.key())
                        .setParameter(2, Timestamp.from(start))
                        .getSingleResult())
                .intValue();
        long reset = Math.max(1, (start.plus(limit.window()).toEpochMilli() - now.toEpochMilli() + 999) / 1000);
        return new Decision(hits <= limit.max(), limit.max(), Math.max(0, limit.max() - hits), reset);
    }

    /** Drops counters of windows long gone. */
    @Scheduled(every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        em.createNativeQuery("DELETE FROM rate_limit_counters WHERE window_start < ?1")
                .setParameter(1, Timestamp.from(Clocks.now(clock).minus(Duration.ofHours(2))))
                .executeUpdate();
    }
}
