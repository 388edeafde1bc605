package com.thrizer.dev;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/**
 * Dev mode only: a demo dataset so every flow can be tried at once in Swagger UI. Idempotent (fixed ids, ON
 * CONFLICT DO NOTHING), so restarts keep what developers changed.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DevSeed {
    private static final Logger LOG = Logger.getLogger(DevSeed.class);
    static final String DEMO_PRACTICE = "11111111-1111-4111-8111-111111111111";
    static final String OTHER_PRACTICE = "22222222-2222-4222-8222-222222222222";
    /** A demo API key of Demo Practice with every scope (dev data only). */
    static final String DEMO_API_KEY = "thz_test_demo_practice_key_with_all_scopes_0001";

    private final EntityManager em;

    DevSeed(EntityManager em) {
        this.em = em;
    }

    @Transactional
    void seed(@Observes StartupEvent event) {
        practice(DEMO_PRACTICE, "Demo Practice", "1234567893", "123456789");
        practice(OTHER_PRACTICE, "Other Practice", null, null);
        member(
                "a0000000-0000-4000-8000-000000000001",
                DEMO_PRACTICE,
                "admin@demo.test",
                "Ada",
                "Admin",
                "PRACTICE_ADMIN");
        member(
                "a0000000-0000-4000-8000-000000000002",
                DEMO_PRACTICE,
                "clinician@demo.test",
                "Carl",
                "Clinician",
                "CLINICIAN");
        member(
                "a0000000-0000-4000-8000-000000000003",
                DEMO_PRACTICE,
                "staff@demo.test",
                "Stella",
                "Staff",
                "STAFF_MEMBER");
        member(
                "a0000000-0000-4000-8000-000000000004",
                OTHER_PRACTICE,
                "admin@other.test",
                "Otto",
                "Other",
                "PRACTICE_ADMIN");
        client("c0000000-0000-4000-8000-000000000001", DEMO_PRACTICE, "client@demo.test", "Cleo", "Client");
        apiKey("b0000000-0000-4000-8000-000000000001", DEMO_PRACTICE);
        LOG.info("Dev seed ready: Demo Practice (admin@demo.test, clinician@demo.test, staff@demo.test,"
                + " client@demo.test), Other Practice (admin@other.test), operator@demo.test;"
                + " tokens at GET /dev/token?email=...");
    }

    private void practice(String id, String name, String npi, String tin) {
        em.createNativeQuery("INSERT INTO practices (id, name, address_line1, address_city, address_state,"
                        + " address_postal_code, tin, group_npi, phone, created_at, updated_at)"
                        + " VALUES (CAST(?1 AS uuid), ?2, '500 Market St', 'San Francisco', 'CA', '94105', ?3, ?4,"
                        + " '+14155550100', now(), now()) ON CONFLICT DO NOTHING")
                .setParameter(1, id)
                .setParameter(2, name)
                .setParameter(3, tin)
                .setParameter(4, npi)
                .executeUpdate();
    }

    private void member(String id, String practice, String email, String first, String last, String role) {
        em.createNativeQuery("INSERT INTO team_members (id, practice_id, email, first_name, last_name, role, active,"
                        + " created_at, updated_at) VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3, ?4, ?5, ?6, true,"
                        + " now(), now()) ON CONFLICT DO NOTHING")
                .setParameter(1, id)
                .setParameter(2, practice)
                .setParameter(3, email)
                .setParameter(4, first)
                .setParameter(5, last)
                .setParameter(6, role)
                .executeUpdate();
    }

    private void client(String id, String practice, String email, String first, String last) {
        em.createNativeQuery("INSERT INTO clients (id, practice_id, email, first_name, last_name, status, created_at,"
                        + " updated_at) VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3, ?4, ?5, 'ACTIVE', now(), now())"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, id)
                .setParameter(2, practice)
                .setParameter(3, email)
                .setParameter(4, first)
                .setParameter(5, last)
                .executeUpdate();
    }

    private void apiKey(String id, String practice) {
        em.createNativeQuery("INSERT INTO api_keys (id, practice_id, name, mode, key_hash, key_prefix, key_last4,"
                        + " scopes, created_at) VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), 'Demo key (all scopes)',"
                        + " 'TEST', ?3, 'thz_test_', ?4, ?5, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, id)
                .setParameter(2, practice)
                .setParameter(3, sha256(DEMO_API_KEY))
                .setParameter(4, DEMO_API_KEY.substring(DEMO_API_KEY.length() - 4))
                .setParameter(5, String.join(" ", com.thrizer.shared.security.Scopes.ALL))
                .executeUpdate();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
