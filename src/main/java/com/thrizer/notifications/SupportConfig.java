package com.thrizer.notifications;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "thrizer.support")
public interface SupportConfig {
    /** Where support requests are announced. */
    String inbox();
}
