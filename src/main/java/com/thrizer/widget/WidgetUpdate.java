package com.thrizer.widget;

import java.util.List;
import java.util.UUID;

/** Changes to a widget; null = unchanged. */
public record WidgetUpdate(
        String slug,
        String displayName,
        String accentColor,
        String welcomeText,
        Boolean enabled,
        Boolean leadCapture,
        List<UUID> clinicianIds,
        List<UUID> serviceIds,
        List<String> allowedOrigins) {}
