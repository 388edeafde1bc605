package com.thrizer.prod;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;

/** Production environment whose OIDC provider cannot be reached (nothing listens on its port). */
public class UnreachableIssuerResource implements QuarkusTestResourceLifecycleManager {
    static String jdbcUrl;
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (Exception e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
        jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        return Map.of(
                "DB_URL", jdbcUrl,
                "DB_USERNAME", "postgres",
                "DB_PASSWORD", "postgres",
                "OIDC_ISSUER_URL", "http://127.0.0.1:9/realms/down",
                "THRIZER_DATA_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "MAIL_MOCK", "true");
    }

    @Override
    public void stop() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
