package com.thrizer.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Builds data for tests directly in the database (the onboarding API comes later). Every practice gets fresh,
 * unique emails so test classes never share people.
 */
@ApplicationScoped
public class TestData {
    private final EntityManager em;

    TestData(EntityManager em) {
        this.em = em;
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@t.test";
    }

    public TestPractice practice(String name) {
        UUID practiceId = UUID.randomUUID();
        String admin = uniqueEmail("admin");
        String clinician = uniqueEmail("clinician");
        String staff = uniqueEmail("staff");
        String client = uniqueEmail("client");
        UUID clientId = UUID.randomUUID();
        UUID clinicianMemberId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery(
                            "INSERT INTO practices (id, name, created_at, updated_at) VALUES (?1, ?2, now(), now())")
                    .setParameter(1, practiceId)
                    .setParameter(2, name)
                    .executeUpdate();
            insertMember(UUID.randomUUID(), practiceId, admin, "PRACTICE_ADMIN", true);
            insertMember(clinicianMemberId, practiceId, clinician, "CLINICIAN", true);
            insertMember(UUID.randomUUID(), practiceId, staff, "STAFF_MEMBER", true);
            em.createNativeQuery("INSERT INTO clients (id, practice_id, email, first_name, last_name, status,"
                            + " created_at, updated_at) VALUES (?1, ?2, ?3, 'Test', 'Client', 'ACTIVE', now(), now())")
                    .setParameter(1, clientId)
                    .setParameter(2, practiceId)
                    .setParameter(3, client)
                    .executeUpdate();
        });
        return new TestPractice(practiceId, admin, clinician, staff, client, clientId, clinicianMemberId);
    }

    /** Adds a team member to a practice; returns the email. */
    public String member(UUID practiceId, String role, boolean active) {
        String email = uniqueEmail(role.toLowerCase());
        QuarkusTransaction.requiringNew().run(() -> insertMember(UUID.randomUUID(), practiceId, email, role, active));
        return email;
    }

    /** A provider of record's NPI, as every charge and claim needs one. */
    public static final String NPI = "1245319599";

    /** The practice's tax id (claims need one). */
    public static final String TIN = "123456789";

    /** Another active clinician of the practice, with an NPI (the practice gets a tax id). */
    public TestProvider provider(UUID practiceId) {
        String email = member(practiceId, "CLINICIAN", true);
        UUID id = (UUID) scalar("SELECT id FROM team_members WHERE email = ?1", email);
        giveNpi(id);
        return new TestProvider(id, email);
    }

    /** Gives a team member an NPI (providers of record need one), and their practice a tax id (claims need one). */
    public void giveNpi(UUID memberId) {
        update("UPDATE team_members SET npi = ?1 WHERE id = ?2", NPI, memberId);
        update(
                "UPDATE practices SET tin = ?1 WHERE id = (SELECT practice_id FROM team_members WHERE id = ?2)",
                TIN,
                memberId);
    }

    private void insertMember(UUID id, UUID practiceId, String email, String role, boolean active) {
        em.createNativeQuery("INSERT INTO team_members (id, practice_id, email, first_name, last_name, role, active,"
                        + " created_at, updated_at) VALUES (?1, ?2, ?3, 'Test', 'Member', ?4, ?5, now(), now())")
                .setParameter(1, id)
                .setParameter(2, practiceId)
                .setParameter(3, email)
                .setParameter(4, role)
                .setParameter(5, active)
                .executeUpdate();
    }

    /** A referral code; returns its id. */
    public UUID referralCode(String code, Integer maxUses, Instant expiresAt, boolean active) {
        UUID id = UUID.randomUUID();
        update(
                "INSERT INTO referral_codes (id, code, active, expires_at, max_uses, created_at)"
                        + " VALUES (?1, ?2, ?3, CAST(?4 AS timestamptz), CAST(?5 AS integer), now())",
                id,
                code,
                active,
                expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC),
                maxUses);
        return id;
    }

    /** Runs SQL in its own transaction (assertions on stored state). */
    public Object scalar(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.getSingleResult();
        });
    }

    /** A number from SQL (counts, sums, amounts). */
    public long count(String sql, Object... params) {
        return ((Number) scalar(sql, params)).longValue();
    }

    public int update(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    q.setParameter(i + 1, null);
                } else {
                    q.setParameter(i + 1, params[i]);
                }
            }
            return q.executeUpdate();
        });
    }
}
