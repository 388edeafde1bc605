package com.thrizer.shared.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "thrizer.idempotency")
public interface IdempotencyConfig {
    /** How long an answer is kept and replayed. */
    @WithDefault("24H")
    Duration retention();

    /** How long a request may hold its key before a retry may take over (the first one is presumed dead). */
    @WithDefault("60S")
    Duration inFlightTimeout();
}
