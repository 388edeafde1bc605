package com.thrizer.apikeys;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "thrizer.api-keys")
public interface ApiKeyConfig {
    /** {@code thz_test_} in the sandbox, {@code thz_live_} in production. */
    @WithDefault("thz_test_")
    String prefix();
}
