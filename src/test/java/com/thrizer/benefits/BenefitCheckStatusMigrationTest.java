package com.thrizer.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * V14 puts back the payer's answer on checks that manual verifications rewrote: the script runs again, in a
 * transaction rolled back at the end, over legacy rows inserted under the schema before it.
 */
@QuarkusTest
class BenefitCheckStatusMigrationTest {
    private static final String SCRIPT = "db/migration/V14__benefit_check_status_kept.sql";
    private static final String BEFORE_V14 = "DROP TRIGGER benefit_checks_answer_kept ON benefit_checks;"
            + " DROP FUNCTION benefit_checks_answer_kept();"
            + " DROP INDEX manual_verifications_check_idx;"
            + " ALTER TABLE benefit_checks DROP CONSTRAINT benefit_checks_status_check;"
            + " ALTER TABLE benefit_checks ADD CONSTRAINT benefit_checks_status_check"
            + " CHECK (status IN ('COMPLETE', 'INCOMPLETE', 'FAILED', 'MANUAL_REVIEW'))";

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    /** Legacy row (status, failure reason, coverage flag) -> what V14 makes of it. */
    private static final Map<List<String>, List<String>> CASES = new LinkedHashMap<>();

    static {
        // a verification under way: the reason tells the answer exactly
        CASES.put(List.of("MANUAL_REVIEW", "PAYER_TIMEOUT", ""), List.of("FAILED", "PAYER_TIMEOUT"));
        CASES.put(List.of("MANUAL_REVIEW", "INSURER_UNDER_REVIEW", ""), List.of("FAILED", "INSURER_UNDER_REVIEW"));
        CASES.put(
                List.of("MANUAL_REVIEW", "MISSING_BENEFIT_DETAILS", "true"),
                List.of("INCOMPLETE", "MISSING_BENEFIT_DETAILS"));
        // a completed verification rewrote FAILED to INCOMPLETE
        CASES.put(List.of("INCOMPLETE", "PAYER_ERROR", ""), List.of("FAILED", "PAYER_ERROR"));
        // untouched answers
        CASES.put(
                List.of("INCOMPLETE", "MISSING_BENEFIT_DETAILS", ""), List.of("INCOMPLETE", "MISSING_BENEFIT_DETAILS"));
        CASES.put(List.of("FAILED", "PAYER_TIMEOUT", ""), List.of("FAILED", "PAYER_TIMEOUT"));
        CASES.put(List.of("COMPLETE", "", "true"), List.of("COMPLETE", ""));
        // could not verify: an incomplete answer shows by its coverage flag; a failed one cannot be told apart
        CASES.put(List.of("FAILED", "UNABLE_TO_VERIFY", "true"), List.of("INCOMPLETE", "MISSING_BENEFIT_DETAILS"));
        CASES.put(List.of("FAILED", "UNABLE_TO_VERIFY", ""), List.of("FAILED", "UNABLE_TO_VERIFY"));
    }

    @Test
    void putsBackWhatThePayerAnsweredOnRewrittenChecks() throws Exception {
        UUID practiceId = data.practice("Legacy Checks").id();
        String script;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SCRIPT)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<List<String>, List<String>> after = new LinkedHashMap<>();
        QuarkusTransaction.begin();
        try {
            execute(BEFORE_V14);
            Map<UUID, List<String>> ids = new LinkedHashMap<>();
            for (List<String> legacy : CASES.keySet()) {
                UUID id = UUID.randomUUID();
                ids.put(id, legacy);
                em.createNativeQuery("INSERT INTO benefit_checks (id, practice_id, insurer_name, cpt_code,"
                                + " session_fee_cents, currency, status, failure_reason, coverage_active,"
                                + " oon_benefits, source, confidence, checked_at, stale_after, created_at)"
                                + " VALUES (?1, ?2, 'United Healthcare', '90837', 20000, 'USD', ?3,"
                                + " NULLIF(?4, ''), CAST(NULLIF(?5, '') AS boolean), 'UNKNOWN', 'PAYER_ELECTRONIC',"
                                + " 'LOW', now(), now(), now())")
                        .setParameter(1, id)
                        .setParameter(2, practiceId)
                        .setParameter(3, legacy.get(0))
                        .setParameter(4, legacy.get(1))
                        .setParameter(5, legacy.get(2))
                        .executeUpdate();
            }
            execute(script);
            ids.forEach((id, legacy) -> {
                Object[] row = (Object[]) em.createNativeQuery(
                                "SELECT status, coalesce(failure_reason, '') FROM benefit_checks WHERE id = ?1")
                        .setParameter(1, id)
                        .getSingleResult();
                after.put(legacy, List.of(row[0].toString(), row[1].toString()));
            });
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(CASES, after);
        assertEquals(
                0L,
                data.count("SELECT count(*) FROM benefit_checks WHERE practice_id = ?1", practiceId),
                "the legacy rows were rolled back");
    }

    private void execute(String sql) {
        em.unwrap(Session.class).doWork(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute(sql);
            }
        });
    }
}
