package com.thrizer.prod;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.HashMap;
import java.util.Map;

/**
 * What production gets from its environment, for the packaged jar under test: a PostgreSQL (zonky binaries) and an
 * external OIDC provider (WireMock serving discovery and JWKS), passed as the documented environment variables.
 */
public class ProdEnvironmentResource implements QuarkusTestResourceLifecycleManager {
    static String jdbcUrl;
    private EmbeddedPostgres postgres;
    private final OidcWiremockTestResource oidc = new OidcWiremockTestResource();

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (Exception e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
        jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        Map<String, String> oidcConfig = oidc.start();
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", jdbcUrl);
        env.put("DB_USERNAME", "postgres");
        env.put("DB_PASSWORD", "postgres");
        env.put("OIDC_ISSUER_URL", oidcConfig.get("keycloak.url") + "/realms/quarkus");
        env.put("OIDC_CLIENT_ID", "quarkus-service-app");
        env.put("THRIZER_DATA_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        env.put("API_KEY_PREFIX", "thz_live_");
        env.put("MAIL_MOCK", "true");
        return env;
    }

    @Override
    public void stop() {
        oidc.stop();
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
