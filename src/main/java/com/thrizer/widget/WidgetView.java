package com.thrizer.widget;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A widget as its practice sees it, as it leaves the service (values only): whether it can be used (and why not),
 * where it lives, how to embed it.
 */
public record WidgetView(
        String slug,
        String displayName,
        String accentColor,
        String welcomeText,
        boolean enabled,
        boolean leadCapture,
        List<UUID> clinicianIds,
        List<UUID> serviceIds,
        List<String> allowedOrigins,
        boolean usable,
        String unusableReason,
        String shareUrl,
        String embedSnippet,
        Instant updatedAt) {
    static WidgetView of(Widget w, boolean usable, String unusableReason, String shareUrl, String embedSnippet) {
        return new WidgetView(
                w.slug,
                w.displayName,
                w.accentColor,
                w.welcomeText,
                w.enabled,
                w.leadCapture,
                w.clinicianIdList(),
                w.serviceIdList(),
                w.allowedOriginList(),
                usable,
                unusableReason,
                shareUrl,
                embedSnippet,
                w.updatedAt);
    }
}
