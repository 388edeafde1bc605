package com.thrizer.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "thrizer.mail")
public interface MailConfig {
    /** Keep emails in memory (dev, tests) instead of sending them over SMTP. */
    @WithDefault("true")
    boolean mock();

    String from();

    Optional<String> host();

    @WithDefault("587")
    int port();

    Optional<String> username();

    Optional<String> password();

    /** DISABLED, OPTIONAL or REQUIRED. */
    @WithDefault("REQUIRED")
    String startTls();
}
