package com.thrizer.widget;

import com.thrizer.catalog.Insurer;
import com.thrizer.shared.ratelimit.RateLimiter;
import com.thrizer.team.Offering;
import java.util.List;

/** What the public side shows, with the rate-limit state and the CORS origin to allow (null: none). */
public record PublicWidgetView(
        Widget widget,
        List<Offering> offerings,
        List<Insurer> insurers,
        RateLimiter.Decision rateLimit,
        String allowedOrigin) {}
