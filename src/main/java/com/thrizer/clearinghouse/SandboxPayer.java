package com.thrizer.clearinghouse;

import com.thrizer.billing.BenefitFigures;
import com.thrizer.billing.EstimateCalculator;
import com.thrizer.billing.SessionEstimate;
import com.thrizer.shared.crypto.Hashes;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.money.RoundingPolicy;
import com.thrizer.shared.persistence.SqlValues;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox payer behind the sandbox clearinghouse: it keeps what it received (the member id only as a hash) and
 * decides each claim once, {@code thrizer.clearinghouse.sandbox.adjudication-delay} after receiving it. Decisions
 * follow the member id's {@link SandboxPlan} and the sandbox fee schedule (60% of the billed amount without a row),
 * and they burn down the member's deductible and out-of-pocket for the plan year, like a real payer's accumulators.
 */
@ApplicationScoped
@Transactional
public class SandboxPayer {
    static final long GUESS_BPS = 6_000;

    private final EntityManager em;
    private final Clock clock;
    private final Duration delay;

    SandboxPayer(
            EntityManager em,
            Clock clock,
            @ConfigProperty(name = "thrizer.clearinghouse.sandbox.adjudication-delay", defaultValue = "PT2M")
                    Duration delay) {
        this.em = em;
        this.clock = clock;
        this.delay = delay;
    }

    void receive(ClaimSubmission c, SandboxPlan plan) {
        em.createNativeQuery("INSERT INTO sandbox_payer_claims (control_number, payer_id, member_hash, scenario,"
                        + " plan_year, cpt_code, billed_cents, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                        + " ON CONFLICT (control_number) DO NOTHING")
                .setParameter(1, c.controlNumber())
                .setParameter(2, payerId(c.payerId()))
                .setParameter(3, Hashes.sha256Hex(c.memberId().toUpperCase(Locale.ROOT)))
                .setParameter(4, plan.scenario().name() + ":" + encode(plan))
                .setParameter(5, c.serviceDate().getYear())
                .setParameter(6, c.cptCode())
                .setParameter(7, c.billedCents())
                .setParameter(8, Timestamp.from(Clocks.now(clock)))
                .executeUpdate();
    }

    ClaimStatusAnswer status(UUID controlNumber) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT payer_id, member_hash, scenario, plan_year, cpt_code,"
                        + " billed_cents, received_at, decision, allowed_cents, deductible_cents, coinsurance_cents,"
                        + " paid_cents, payer_claim_number, denial_reason, decided_at FROM sandbox_payer_claims"
                        + " WHERE control_number = ?1 FOR UPDATE")
                .setParameter(1, controlNumber)
                .getResultList();
        if (rows.isEmpty()) {
            return ClaimStatusAnswer.pending();
        }
        Object[] r = rows.get(0);
        if (r[7] != null) {
            return new ClaimStatusAnswer(
                    ClaimStatusAnswer.State.DECIDED,
                    "APPROVED".equals(r[7]),
                    num(r[8]),
                    num(r[9]),
                    num(r[10]),
                    num(r[11]),
                    (String) r[12],
                    LocalDate.ofInstant(SqlValues.instant(r[14]), ZoneOffset.UTC),
                    (String) r[13]);
        }
        SandboxPlan plan = decode((String) r[2]);
        Instant now = Clocks.now(clock);
        if (!plan.decidesClaims() || SqlValues.instant(r[6]).plus(delay).isAfter(now)) {
            return ClaimStatusAnswer.pending();
        }
        String payer = (String) r[0];
        String member = (String) r[1];
        int year = ((Number) r[3]).intValue();
        ClaimStatusAnswer answer = plan.deniesClaims()
                ? deny(controlNumber, plan, now)
                : approve(controlNumber, plan, payer, member, year, (String) r[4], num(r[5]), now);
        em.createNativeQuery("UPDATE sandbox_payer_claims SET decision = ?2, allowed_cents = ?3, deductible_cents = ?4,"
                        + " coinsurance_cents = ?5, paid_cents = ?6, payer_claim_number = ?7, denial_reason = ?8,"
                        + " decided_at = ?9 WHERE control_number = ?1")
                .setParameter(1, controlNumber)
                .setParameter(2, answer.approved() ? "APPROVED" : "DENIED")
                .setParameter(3, answer.allowedCents())
                .setParameter(4, answer.deductibleCents())
                .setParameter(5, answer.coinsuranceCents())
                .setParameter(6, answer.paidCents())
                .setParameter(7, answer.payerClaimNumber())
                .setParameter(8, answer.denialReason())
                .setParameter(9, Timestamp.from(now))
                .executeUpdate();
        return answer;
    }

    private static ClaimStatusAnswer deny(UUID control, SandboxPlan plan, Instant now) {
        String reason = switch (plan.scenario()) {
            case INACTIVE -> "Coverage not in effect on the date of service";
            case NO_OON -> "Out-of-network services are not covered by this plan";
            default -> "Not covered: the payer's medical policy was not met";
        };
        return new ClaimStatusAnswer(
                ClaimStatusAnswer.State.DECIDED,
                false,
                0,
                0,
                0,
                0,
                claimNumber(control),
                LocalDate.ofInstant(now, ZoneOffset.UTC),
                reason);
    }

    private ClaimStatusAnswer approve(
            UUID control,
            SandboxPlan plan,
            String payer,
            String member,
            int year,
            String cpt,
            long billedCents,
            Instant now) {
        em.createNativeQuery("INSERT INTO sandbox_payer_accumulators (payer_id, member_hash, plan_year)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, payer)
                .setParameter(2, member)
                .setParameter(3, year)
                .executeUpdate();
        Object[] acc = (Object[]) em.createNativeQuery("SELECT deductible_applied_cents, oop_applied_cents"
                        + " FROM sandbox_payer_accumulators WHERE payer_id = ?1 AND member_hash = ?2 AND plan_year = ?3"
                        + " FOR UPDATE")
                .setParameter(1, payer)
                .setParameter(2, member)
                .setParameter(3, year)
                .getSingleResult();
        Money billed = Money.usd(billedCents);
        long deductibleLeft = Math.max(0, plan.deductibleLeft() * 100L - num(acc[0]));
        long oopLeft = Math.max(0, plan.outOfPocketLeft() * 100L - num(acc[1]));
        SessionEstimate e = EstimateCalculator.estimate(
                billed,
                new BenefitFigures(
                        Money.usd(deductibleLeft),
                        Money.usd(oopLeft),
                        plan.coinsurancePct() * 100,
                        allowed(payer, cpt, billed)));
        long deductible = Math.min(e.deductible().cents(), e.clientShare().cents());
        long coinsurance = e.clientShare().cents() - deductible;
        em.createNativeQuery("UPDATE sandbox_payer_accumulators SET deductible_applied_cents ="
                        + " deductible_applied_cents + ?4, oop_applied_cents = oop_applied_cents + ?5"
                        + " WHERE payer_id = ?1 AND member_hash = ?2 AND plan_year = ?3")
                .setParameter(1, payer)
                .setParameter(2, member)
                .setParameter(3, year)
                .setParameter(4, deductible)
                .setParameter(5, e.clientShare().cents())
                .executeUpdate();
        return new ClaimStatusAnswer(
                ClaimStatusAnswer.State.DECIDED,
                true,
                e.base().cents(),
                deductible,
                coinsurance,
                e.reimbursement().cents(),
                claimNumber(control),
                LocalDate.ofInstant(now, ZoneOffset.UTC),
                null);
    }

    private Money allowed(String payer, String cpt, Money billed) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(
                        "SELECT allowed_cents FROM sandbox_fee_schedule WHERE insurer_id = ?1 AND cpt_code = ?2")
                .setParameter(1, payer)
                .setParameter(2, cpt)
                .getResultList();
        return rows.isEmpty()
                ? RoundingPolicy.percentOf(billed, GUESS_BPS)
                : Money.usd(rows.get(0).longValue());
    }

    static String claimNumber(UUID control) {
        return "SBX-" + Hashes.sha256Hex(control.toString()).substring(0, 10).toUpperCase(Locale.ROOT);
    }

    private static String payerId(String payerId) {
        return payerId == null ? "" : payerId;
    }

    /** The plan as received (so a decision never needs the member id again). */
    private static String encode(SandboxPlan p) {
        return p.deductible() + "," + p.deductibleLeft() + "," + p.outOfPocket() + "," + p.outOfPocketLeft() + ","
                + p.coinsurancePct();
    }

    private static SandboxPlan decode(String stored) {
        String[] parts = stored.split(":");
        String[] n = parts[1].split(",");
        return new SandboxPlan(
                SandboxPlan.Scenario.valueOf(parts[0]),
                Integer.parseInt(n[0]),
                Integer.parseInt(n[1]),
                Integer.parseInt(n[2]),
                Integer.parseInt(n[3]),
                Integer.parseInt(n[4]));
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
