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
     * work, found by the retry).
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
