package com.thrizer.shared.ratelimit;

import com.thrizer.shared.error.DomainException;
import java.util.Map;

/** Too many requests (429): wait {@code Retry-After} seconds. */
public class RateLimitedException extends DomainException {
    private final RateLimiter.Decision decision;

    public RateLimitedException(RateLimiter.Decision decision) {
        super(429, "rate_limited", "Too many requests; try again in " + decision.resetSeconds() + " seconds.", null);
        this.decision = decision;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of(
                "Retry-After", Long.toString(decision.resetSeconds()),
                "RateLimit-Limit", Integer.toString(decision.limit()),
                "RateLimit-Remaining", "0",
                "RateLimit-Reset", Long.toString(decision.resetSeconds()));
    }
}
