package com.thrizer.dev;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "thrizer.dev")
public interface DevConfig {
    /** Emails that get the platform role {@code operator} in dev tokens. */
    @WithDefault("operator@demo.test")
    List<String> operatorEmails();

    /** Issuer of dev tokens (the dev and test profiles trust it). */
    @WithDefault("https://dev.thrizer.local")
    String tokenIssuer();
}
