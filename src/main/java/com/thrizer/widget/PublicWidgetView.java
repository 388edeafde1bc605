package com.thrizer.widget;

import com.thrizer.catalog.KnownInsurer;
import com.thrizer.shared.ratelimit.RateLimiter;
import com.thrizer.team.domain.Offering;
import java.util.List;

/** What the public side shows (values only), with the rate-limit state and the CORS origin to allow (null: none). */
public record PublicWidgetView(
        String slug,
        String displayName,
        String accentColor,
        String welcomeText,
        boolean leadCapture,
        List<Offering> offerings,
        List<KnownInsurer> insurers,
        RateLimiter.Decision rateLimit,
        String allowedOrigin) {
    static PublicWidgetView of(
            Widget w,
            List<Offering> offerings,
            List<KnownInsurer> insurers,
            RateLimiter.Decision rateLimit,
            String allowedOrigin) {
        return new PublicWidgetView(
                w.slug,
                w.displayName,
                w.accentColor,
                w.welcomeText,
                w.leadCapture,
                offerings,
                insurers,
                rateLimit,
                allowedOrigin);
    }
}
