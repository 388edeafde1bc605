package com.thrizer.events.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "thrizer.webhooks")
public interface WebhookConfig {
    /** {@code http://localhost} endpoints and loopback addresses (development and tests only; never production). */
    @WithDefault("false")
    boolean allowLocalhost();

    /**
     * A PEM file of certificates that the sender trusts instead of the JDK's default trust store (the system CAs): for
     * a test receiver's self-signed certificate. Read in dev and test mode only: production always uses the default
     * trust store, whatever this says.
     */
    Optional<String> trustCertificates();

    /** How often queued deliveries are sent (the scheduler reads it; {@code off} in tests, which run it by hand). */
    @WithDefault("5s")
    String dispatchEvery();

    /** How long an endpoint has to answer (connection and response). */
    @WithDefault("PT10S")
    Duration timeout();

    /** How long a delivery is retried, and how long an endpoint may fail before it is disabled. */
    @WithDefault("P3D")
    Duration retryWindow();

    /** The delay before the second attempt; it doubles with every attempt (with jitter) up to {@link #maxDelay()}. */
    @WithDefault("PT1M")
    Duration firstDelay();

    @WithDefault("PT12H")
    Duration maxDelay();

    /** How long a previous secret keeps signing after a rotation. */
    @WithDefault("PT24H")
    Duration secretOverlap();

    /** Endpoints a practice may have. */
    @WithDefault("16")
    int maxEndpoints();
}
