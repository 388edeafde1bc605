package com.thrizer.shared.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Benefits;
import com.thrizer.testing.Charges;
import com.thrizer.testing.ManualClaims;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * V12 moves what a key protects (charges, refunds, client-filed claims) from the practice-wide scope into the scope
 * of the caller who made it: the script runs again, in a transaction rolled back at the end, over rows put back into
 * the scope of the release before it.
 */
@QuarkusTest
class IdempotencyScopeMigrationTest {
    private static final String SCRIPT = "db/migration/V12__idempotency_per_caller.sql";

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    @Test
    void movesChargesRefundsAndClientClaimsIntoTheScopeOfTheirCaller() throws Exception {
        PayingClient p = PayingClient.of(data, "Legacy Scopes");
        String byUser = p.charge("SELF_PAY", 15000);
        String apiKey = ApiKeys.create(p.admin, "charges:write", "charges:read");
        String byKey = Charges.create(apiKey, p.body("SELF_PAY", "SESSION", 12000))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String refund = Charges.refund(p.admin, byUser, 1000L)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        UUID practiceId = p.practice.id();
        UUID adminId = (UUID) data.scalar("SELECT created_by FROM charges WHERE id = ?1", UUID.fromString(byUser));
        UUID keyId = (UUID) data.scalar("SELECT created_by FROM charges WHERE id = ?1", UUID.fromString(byKey));
        Benefits.insure(
                p.client, "UHC", "SBX-DEDMET-" + UUID.randomUUID().toString().substring(0, 6));
        String claimKey = UUID.randomUUID().toString();
        UUID claimId = UUID.fromString(Api.as(p.client)
                .header("Idempotency-Key", claimKey)
                .body(ManualClaims.valid())
                .when()
                .post("/v1/me/claims")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("id"));
        UUID clientUser = (UUID) data.scalar("SELECT user_id FROM clients WHERE id = ?1", UUID.fromString(p.clientId));

        String script;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SCRIPT)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String legacy = "practice:" + practiceId;
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("charge by a user", legacy + "/user:" + adminId);
        expected.put("charge by an API key", legacy + "/api_key:" + keyId);
        expected.put("refund by a user", legacy + "/user:" + adminId);
        expected.put("claim filed by a client", "client:" + p.clientId + "/user:" + clientUser);
        Map<String, String> after = new LinkedHashMap<>();
        QuarkusTransaction.begin();
        try {
            update(
                    "UPDATE charges SET idempotency_scope = ?1 WHERE id IN (?2, ?3)",
                    legacy,
                    UUID.fromString(byUser),
                    UUID.fromString(byKey));
            update("UPDATE refunds SET idempotency_scope = ?1 WHERE id = ?2", legacy, UUID.fromString(refund));
            update("UPDATE claims SET idempotency_scope = ?1 WHERE id = ?2", "client:" + p.clientId, claimId);
            execute(script);
            after.put("charge by a user", scope("charges", "id", UUID.fromString(byUser)));
            after.put("charge by an API key", scope("charges", "id", UUID.fromString(byKey)));
            after.put("refund by a user", scope("refunds", "id", UUID.fromString(refund)));
            after.put("claim filed by a client", scope("claims", "id", claimId));
            // a second run changes nothing
            execute(script);
            assertEquals(expected.get("charge by a user"), scope("charges", "id", UUID.fromString(byUser)));
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(expected, after);
    }

    private void update(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        q.executeUpdate();
    }

    private String scope(String table, String column, Object value) {
        List<?> rows = em.createNativeQuery("SELECT idempotency_scope FROM " + table + " WHERE " + column + " = ?1")
                .setParameter(1, value)
                .getResultList();
        assertEquals(1, rows.size(), table);
        return (String) rows.get(0);
    }

    private void execute(String sql) {
        em.unwrap(Session.class).doWork(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute(sql);
            }
        });
    }
}
