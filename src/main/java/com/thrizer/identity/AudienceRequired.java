package com.thrizer.identity;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start without a required token audience: an empty {@code OIDC_AUDIENCE} would switch the OIDC
 * extension's audience check off, and a token issued to any client of the realm would get in.
 */
@ApplicationScoped
class AudienceRequired {

    void onStart(
            @Observes StartupEvent started,
            @ConfigProperty(name = "quarkus.oidc.token.audience") Optional<List<String>> audiences) {
        require(audiences);
    }

    static void require(Optional<List<String>> audiences) {
        boolean named = audiences.orElse(List.of()).stream().anyMatch(a -> a != null && !a.isBlank());
        if (!named) {
            throw new IllegalStateException(
                    "quarkus.oidc.token.audience (OIDC_AUDIENCE) is empty: set the audience access tokens must carry");
        }
    }
}
