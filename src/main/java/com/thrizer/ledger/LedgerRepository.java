package com.thrizer.ledger;

import com.thrizer.shared.money.Money;
import com.thrizer.shared.paging.Cursor;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The ledger tables, through SQL: accounts created on first use, postings and entries appended, never changed. */
@ApplicationScoped
public class LedgerRepository {
    private static final String NIL = "00000000-0000-0000-0000-000000000000";
    private final EntityManager em;

    LedgerRepository(EntityManager em) {
        this.em = em;
    }

    UUID accountId(Account account, String currency, Instant now) {
        em.createNativeQuery("INSERT INTO ledger_accounts (id, practice_id, code, currency, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (COALESCE(practice_id, '" + NIL + "'::uuid), code,"
                        + " currency) DO NOTHING")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, account.practiceId())
                .setParameter(3, account.code().name())
                .setParameter(4, currency)
                .setParameter(5, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return (UUID) em.createNativeQuery("SELECT id FROM ledger_accounts WHERE COALESCE(practice_id, '" + NIL
                        + "'::uuid) = COALESCE(CAST(?1 AS uuid), '" + NIL + "'::uuid) AND code = ?2 AND currency = ?3")
                .setParameter(1, account.practiceId())
                .setParameter(2, account.code().name())
                .setParameter(3, currency)
                .getSingleResult();
    }

    void insertPosting(UUID id, Posting p, Instant now) {
        em.createNativeQuery("INSERT INTO ledger_postings (id, practice_id, kind, charge_id, refund_id, description,"
                        + " created_at, claim_id, payout_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, id)
                .setParameter(2, p.practiceId())
                .setParameter(3, p.kind().name())
                .setParameter(4, p.chargeId())
                .setParameter(5, p.refundId())
                .setParameter(6, p.description())
                .setParameter(7, now.atOffset(ZoneOffset.UTC))
                .setParameter(8, p.claimId())
                .setParameter(9, p.payoutId())
                .executeUpdate();
    }

    void insertEntry(UUID postingId, UUID accountId, long cents, LocalDate availableOn, Instant now) {
        em.createNativeQuery("INSERT INTO ledger_entries (id, posting_id, account_id, amount_cents, available_on,"
                        + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, postingId)
                .setParameter(3, accountId)
                .setParameter(4, cents)
                .setParameter(5, Date.valueOf(availableOn))
                .setParameter(6, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Sum of a practice's balance entries (credit-normal: negated) available by a date, and after it. */
    long[] practiceBalance(UUID practiceId, String currency, LocalDate today) {
        Object[] row =
                (Object[]) em.createNativeQuery("SELECT COALESCE(-SUM(e.amount_cents) FILTER (WHERE e.available_on"
                                + " <= ?3), 0), COALESCE(-SUM(e.amount_cents) FILTER (WHERE e.available_on > ?3), 0)"
                                + " FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id"
                                + " WHERE a.practice_id = ?1 AND a.code = 'PRACTICE_BALANCE' AND a.currency = ?2")
                        .setParameter(1, practiceId)
                        .setParameter(2, currency)
                        .setParameter(3, Date.valueOf(today))
                        .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    Page<BalanceTransaction> transactions(
            UUID practiceId, Posting.Kind type, UUID chargeId, LocalDate from, LocalDate to, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT e.id, p.kind, e.amount_cents, a.currency, p.charge_id,"
                + " p.refund_id, c.client_id, c.clinician_id, e.available_on, p.description, e.created_at"
                + " FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id"
                + " JOIN ledger_postings p ON p.id = e.posting_id LEFT JOIN charges c ON c.id = p.charge_id"
                + " WHERE a.practice_id = :practice AND a.code = 'PRACTICE_BALANCE'");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"practice", practiceId});
        if (type != null) {
            sql.append(" AND p.kind = :kind");
            params.add(new Object[] {"kind", type.name()});
        }
        if (chargeId != null) {
            sql.append(" AND p.charge_id = :charge");
            params.add(new Object[] {"charge", chargeId});
        }
        if (from != null) {
            sql.append(" AND e.created_at >= :from");
            params.add(new Object[] {"from", from.atStartOfDay().atOffset(ZoneOffset.UTC)});
        }
        if (to != null) {
            sql.append(" AND e.created_at < :to");
            params.add(new Object[] {"to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)});
        }
        Cursor after = page.after();
        if (after != null) {
            sql.append(" AND (e.created_at < :cursorAt OR (e.created_at = :cursorAt AND e.id < :cursorId))");
            params.add(new Object[] {"cursorAt", after.at().atOffset(ZoneOffset.UTC)});
            params.add(new Object[] {"cursorId", after.id()});
        }
        sql.append(" ORDER BY e.created_at DESC, e.id DESC");
        var q = em.createNativeQuery(sql.toString());
        params.forEach(p -> q.setParameter((String) p[0], p[1]));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setMaxResults(page.limit() + 1).getResultList();
        List<BalanceTransaction> txs =
                rows.stream().map(LedgerRepository::toTransaction).toList();
        return Page.of(txs, page.limit(), BalanceTransaction::createdAt, BalanceTransaction::id);
    }

    private static BalanceTransaction toTransaction(Object[] r) {
        return new BalanceTransaction(
                (UUID) r[0],
                Posting.Kind.valueOf((String) r[1]),
                Money.of(-((Number) r[2]).longValue(), (String) r[3]),
                (UUID) r[4],
                (UUID) r[5],
                (UUID) r[6],
                (UUID) r[7],
                SqlValues.localDate(r[8]),
                (String) r[9],
                SqlValues.instant(r[10]));
    }

    long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
