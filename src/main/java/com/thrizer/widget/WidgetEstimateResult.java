package com.thrizer.widget;

import com.thrizer.benefits.domain.BenefitCheckView;
import com.thrizer.shared.ratelimit.RateLimiter;
import com.thrizer.team.domain.Offering;

/** An estimate for a prospect, with whether a lead was kept, the rate-limit state and the CORS origin to allow. */
public record WidgetEstimateResult(
        BenefitCheckView check,
        Offering service,
        boolean leadCaptured,
        RateLimiter.Decision rateLimit,
        String allowedOrigin) {}
