package com.thrizer.notifications;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "thrizer.app")
public interface AppConfig {
    /** Base URL of the dashboards: links in emails point here. */
    String dashboardUrl();
}
