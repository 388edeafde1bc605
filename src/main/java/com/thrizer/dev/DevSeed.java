package com.thrizer.dev;

import com.thrizer.shared.crypto.DataEncryptor;
import com.thrizer.shared.crypto.Hashes;
import com.thrizer.shared.security.Scopes;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * A demo dataset so every flow can be tried at once in Swagger UI: dev mode seeds it at startup
 * ({@link DevSeedAtStartup}); tests load it to check that the contract's example ids are its ids. Idempotent (fixed
 * ids, ON CONFLICT DO NOTHING), so restarts keep what developers changed. Where the contract shows an example id of
 * an object the seed makes (the clinician, the client, their service, connection and card, a benefit check, the API
 * key), the seed uses that id, so that Swagger UI's examples answer.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
public class DevSeed {
    private static final Logger LOG = Logger.getLogger(DevSeed.class);
    static final String DEMO_PRACTICE = "11111111-1111-4111-8111-111111111111";
    static final String OTHER_PRACTICE = "22222222-2222-4222-8222-222222222222";
    /** A demo API key of Demo Practice with every scope (dev data only). */
    static final String DEMO_API_KEY = "thz_test_demo_practice_key_with_all_scopes_0001";

    static final String ADMIN = "a0000000-0000-4000-8000-000000000001";
    static final String CLINICIAN = "7a1c2e3d-4b5f-4a6e-8c7d-9e0f1a2b3c4d";
    static final String CLIENT = "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b";
    static final String SERVICE = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";
    static final String CONNECTION = "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70";
    static final String CARD = "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a81";
    static final String CLIENT_POLICY = "90000000-0000-4000-8000-000000000001";
    static final String VERIFIED_CHECK = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";
    static final String API_KEY = "c7e1a2b3-4d5e-4f60-8a9b-0c1d2e3f4a55";
    /** The demo practice's widget (the contract's example slug). */
    static final String WIDGET_SLUG = "calm-minds";

    private final EntityManager em;
    private final DataEncryptor encryptor;

    DevSeed(EntityManager em, DataEncryptor encryptor) {
        this.em = em;
        this.encryptor = encryptor;
    }

    @Transactional
    public void seed() {
        practice(DEMO_PRACTICE, "Demo Practice", "1234567893", "123456789");
        practice(OTHER_PRACTICE, "Other Practice", null, null);
        member(ADMIN, DEMO_PRACTICE, "admin@demo.test", "Ada", "Admin", "PRACTICE_ADMIN");
        member(CLINICIAN, DEMO_PRACTICE, "clinician@demo.test", "Carl", "Clinician", "CLINICIAN");
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
        client(CLIENT, DEMO_PRACTICE, "client@demo.test", "Cleo", "Client");
        apiKey(API_KEY, DEMO_PRACTICE);
        accountData();
        benefitScenarios();
        widget();
        LOG.info("Dev seed ready: Demo Practice (admin@demo.test, clinician@demo.test, staff@demo.test,"
                + " client@demo.test), Other Practice (admin@other.test), operator@demo.test, referral code"
                + " WELCOME2026, widget " + WIDGET_SLUG + "; tokens at GET /dev/token?email=...");
    }

    /** Provider details, a service, the client's connection, card and insurance, a referral code. */
    private void accountData() {
        sql(
                "UPDATE team_members SET npi = '1245319599', credentials = 'PhD' WHERE id = CAST(?1 AS uuid) AND npi IS NULL",
                CLINICIAN);
        sql(
                "UPDATE team_members SET npi = '1234567893', credentials = 'LCSW' WHERE id = CAST(?1 AS uuid) AND npi IS NULL",
                ADMIN);
        sql(
                "INSERT INTO services (id, practice_id, team_member_id, name, cpt_code, duration_minutes, rate_cents,"
                        + " currency, active, created_at, updated_at) VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid),"
                        + " CAST(?3 AS uuid), 'Individual therapy (53 min)', '90837', 53, 20000, 'USD', true, now(), now())"
                        + " ON CONFLICT DO NOTHING",
                SERVICE,
                DEMO_PRACTICE,
                CLINICIAN);
        sql(
                "INSERT INTO connections (id, practice_id, client_id, clinician_id, payment_type, status, responded_at,"
                        + " created_at, updated_at) VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), CAST(?3 AS uuid),"
                        + " CAST(?4 AS uuid), 'SELF_PAY', 'CONNECTED', now(), now(), now()) ON CONFLICT DO NOTHING",
                CONNECTION,
                DEMO_PRACTICE,
                CLIENT,
                CLINICIAN);
        sql(
                "INSERT INTO payment_methods (id, practice_id, client_id, processor_ref, brand, last4, exp_month, exp_year,"
                        + " funding, hsa_fsa, is_default, created_at) VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid),"
                        + " CAST(?3 AS uuid), 'pm_sbx_visa_demo', 'VISA', '4242', 12, 2034, 'CREDIT', false, true, now())"
                        + " ON CONFLICT DO NOTHING",
                CARD,
                DEMO_PRACTICE,
                CLIENT);
        sql(
                "INSERT INTO insurance_policies (id, practice_id, client_id, insurer_id, insurer_name, insurer_match_status,"
                        + " needs_review, member_id_encrypted, member_id_last4, group_number, plan_type,"
                        + " subscriber_relationship, created_at, updated_at) VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid),"
                        + " CAST(?3 AS uuid), 'united-healthcare', 'United Healthcare', 'MATCHED', false, ?4, '0001',"
                        + " 'GRP-001', 'COMMERCIAL', 'SELF', TIMESTAMPTZ '2026-01-01 00:00:00+00',"
                        + " TIMESTAMPTZ '2026-01-01 00:00:00+00') ON CONFLICT DO NOTHING",
                CLIENT_POLICY,
                DEMO_PRACTICE,
                CLIENT,
                encryptor.encrypt("SBX-DEDMET-0001"));
        // the client's allowed amount verified: the contract's Thrizer Pay quote and charge examples answer
        verifiedCheck(VERIFIED_CHECK, CLIENT, CLIENT_POLICY);
        sql(
                "UPDATE clients SET date_of_birth = DATE '1990-04-17', diagnoses = 'F41.1' WHERE id = CAST(?1 AS uuid)"
                        + " AND date_of_birth IS NULL",
                CLIENT);
        sql(
                "INSERT INTO referral_codes (id, code, active, created_at) VALUES"
                        + " (CAST(?1 AS uuid), 'WELCOME2026', true, now()) ON CONFLICT DO NOTHING",
                "70000000-0000-4000-8000-000000000001");
    }

    /**
     * One ready client per sandbox scenario (sign in as them with /dev/token), and {@code thrizerpay@demo.test}, for
     * whom Thrizer Pay is available: deductible met, allowed amount verified by a manual verification.
     */
    private void benefitScenarios() {
        String[][] scenarios = {
            {"dedmet", "SBX-DEDMET-1001", "united-healthcare", "United Healthcare"},
            {"dednotmet", "SBX-DEDNOTMET-1002", "aetna", "Aetna"},
            {"nooon", "SBX-NOOON-1003", "cigna", "Cigna"},
            {"inactive", "SBX-INACTIVE-1004", "cigna", "Cigna"},
            {"timeout", "SBX-TIMEOUT-1005", "optum", "Optum Behavioral Health"},
            {"partial", "SBX-PARTIAL-1006", "oxford", "Oxford Health"},
            {"deny", "SBX-DENY-1007", "united-healthcare", "United Healthcare"},
            {"thrizerpay", "SBX-DEDMET-1008", "united-healthcare", "United Healthcare"}
        };
        for (int i = 0; i < scenarios.length; i++) {
            String[] s = scenarios[i];
            String n = String.format("%012d", i + 2);
            String clientId = "c0000000-0000-4000-8000-" + n;
            client(clientId, DEMO_PRACTICE, s[0] + "@demo.test", capitalize(s[0]), "Sandbox");
            sql(
                    "UPDATE clients SET date_of_birth = DATE '1988-06-01', diagnoses = 'F41.1' WHERE id = CAST(?1 AS uuid)"
                            + " AND date_of_birth IS NULL",
                    clientId);
            sql(
                    "INSERT INTO connections (id, practice_id, client_id, clinician_id, payment_type, status, responded_at,"
                            + " created_at, updated_at) VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), CAST(?3 AS uuid),"
                            + " CAST(?4 AS uuid), 'OON_PAY', 'CONNECTED', now(), now(), now()) ON CONFLICT DO NOTHING",
                    "e0000000-0000-4000-8000-" + n,
                    DEMO_PRACTICE,
                    clientId,
                    CLINICIAN);
            sql(
                    "INSERT INTO payment_methods (id, practice_id, client_id, processor_ref, brand, last4, exp_month,"
                            + " exp_year, funding, hsa_fsa, is_default, created_at) VALUES (CAST(?1 AS uuid),"
                            + " CAST(?2 AS uuid), CAST(?3 AS uuid), 'pm_sbx_visa_' || ?4, 'VISA', '4242', 12, 2034,"
                            + " 'CREDIT', false, true, now()) ON CONFLICT DO NOTHING",
                    "f0000000-0000-4000-8000-" + n,
                    DEMO_PRACTICE,
                    clientId,
                    n);
            sql(
                    "INSERT INTO insurance_policies (id, practice_id, client_id, insurer_id, insurer_name,"
                            + " insurer_match_status, needs_review, member_id_encrypted, member_id_last4, plan_type,"
                            + " subscriber_relationship, created_at, updated_at) VALUES (CAST(?1 AS uuid),"
                            + " CAST(?2 AS uuid), CAST(?3 AS uuid), ?4, ?5, 'MATCHED', false, ?6, ?7, 'COMMERCIAL',"
                            + " 'SELF', TIMESTAMPTZ '2026-01-01 00:00:00+00', TIMESTAMPTZ '2026-01-01 00:00:00+00')"
                            + " ON CONFLICT DO NOTHING",
                    "90000000-0000-4000-8000-" + n,
                    DEMO_PRACTICE,
                    clientId,
                    s[2],
                    s[3],
                    encryptor.encrypt(s[1]),
                    s[1].substring(s[1].length() - 4));
        }
        verifiedCheck(
                "b1000000-0000-4000-8000-000000000009",
                "c0000000-0000-4000-8000-000000000009",
                "90000000-0000-4000-8000-000000000009");
    }

    /**
     * Thrizer Pay: a verified, deductible-met check of the client's policy (as a completed manual verification would
     * leave it). The policy's {@code updated_at} is 2026-01-01, so the check stays current.
     */
    private void verifiedCheck(String id, String clientId, String policyId) {
        sql(
                "INSERT INTO benefit_checks (id, practice_id, client_id, insurance_policy_id, insurer_id, insurer_name,"
                        + " cpt_code, session_fee_cents, currency, status, coverage_active, oon_benefits,"
                        + " deductible_total_cents, deductible_met_cents, deductible_remaining_cents, oop_total_cents,"
                        + " oop_remaining_cents, coinsurance_bps, allowed_cents, source, confidence, checked_at,"
                        + " stale_after, insurance_updated_at, created_at) VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid),"
                        + " CAST(?3 AS uuid), CAST(?4 AS uuid), 'united-healthcare', 'United Healthcare', '90837',"
                        + " 20000, 'USD', 'COMPLETE', true, 'YES', 100000, 100000, 0, 500000, 420000, 2000, 14000,"
                        + " 'MANUAL_VERIFICATION', 'HIGH', now(), now() + interval '30 days',"
                        + " TIMESTAMPTZ '2026-01-01 00:00:00+00', now()) ON CONFLICT DO NOTHING",
                id,
                DEMO_PRACTICE,
                clientId,
                policyId);
    }

    /** The demo practice's benefits widget, enabled, showing the clinician's service. */
    private void widget() {
        sql(
                "INSERT INTO widgets (practice_id, slug, display_name, enabled, lead_capture, clinician_ids, service_ids,"
                        + " allowed_origins, created_at, updated_at) VALUES (CAST(?1 AS uuid), ?2, 'Calm Minds Therapy',"
                        + " true, true, ?3, ?4, '', now(), now()) ON CONFLICT DO NOTHING",
                DEMO_PRACTICE,
                WIDGET_SLUG,
                CLINICIAN,
                SERVICE);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void sql(String statement, Object... params) {
        var q = em.createNativeQuery(statement);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        q.executeUpdate();
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
                .setParameter(3, Hashes.sha256Hex(DEMO_API_KEY))
                .setParameter(4, DEMO_API_KEY.substring(DEMO_API_KEY.length() - 4))
                .setParameter(5, String.join(" ", Scopes.ALL))
                .executeUpdate();
    }
}
