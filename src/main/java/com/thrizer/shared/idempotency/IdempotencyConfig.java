package com.thrizer.shared.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "thrizer.idempotency")
public interface IdempotencyConfig {
    /** How long an answer is kept and replayed. */
    @WithDefault("24H")
    Duration retention();

    /**
     * How long a request may hold its key before a retry may take over (the first one is presumed dead). Only a
     * request that died with its instance keeps its key this long: every failure the service sees releases it at once.
     * A slow request that loses its key this way cannot store its answer (its work is rolled back, or, for stepwise
     * work, found by the retry). Stepwise work renews its lease between its steps ({@link IdempotentRequests#holdsClaim}).
     *
     * <p>The transaction timeout is deliberately not set below this lease: it would also cut the scheduled jobs, which
     * hold no key; a request's work that outlives its lease is already undone, as its answer cannot be stored under a
     * claim that is no longer its own. The processor and clearinghouse adapters are in-process sandboxes; an adapter
     * for a real provider must bound its calls (connect and read timeouts) well below this lease.
     */
    @WithDefault("10S")
    Duration inFlightTimeout();

    /**
     * How often the releases that failed (the database was unreachable) are retried (read by the scheduler; they are
     * also retried before every claim).
     */
    @WithDefault("2s")
    String releaseRetryEvery();
}
