package com.thrizer.dev;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Dev mode only: loads the {@link DevSeed} demo dataset at startup. */
@ApplicationScoped
@IfBuildProfile("dev")
class DevSeedAtStartup {
    private final DevSeed seed;

    DevSeedAtStartup(DevSeed seed) {
        this.seed = seed;
    }

    void onStart(@Observes StartupEvent event) {
        seed.seed();
    }
}
