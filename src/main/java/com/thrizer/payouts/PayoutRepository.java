package com.thrizer.payouts;

import com.thrizer.shared.outbound.WorkQueue;
import com.thrizer.shared.paging.Cursor;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.persistence.SqlValues;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Payouts of the caller's practice, and for the payout job (no caller) the SQL that reads the practice's balance
 * entries and records which payout pays out each (payout_items). Rows are claimed with {@code FOR UPDATE SKIP
 * LOCKED}.
 */
@Singleton
public class PayoutRepository extends PracticeScopedRepository<Payout> {

    PayoutRepository(EntityManager em, CallerContext caller) {
        super(em, caller, Payout.class, "payout");
    }

    Page<Payout> list(PayoutFilter f, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder w = new StringBuilder("1 = 1");
        addFilter(w, params, "e.status = :status", "status", f.status());
        addFilter(w, params, "e.payoutDate >= :from", "from", f.from());
        addFilter(w, params, "e.payoutDate <= :to", "to", f.to());
        return page(w.toString(), params, page, "createdAt");
    }

    void insert(UUID practiceId, Payout payout) {
        persistIn(practiceId, payout);
        em.flush();
    }

    Payout findAcrossPractices(UUID id) {
        return em.find(Payout.class, id);
    }

    Payout lockAcrossPractices(UUID id) {
        return em.find(Payout.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    // ---------- the payout job

    /**
     * The practice's balance account, row-locked; empty when it has none or another instance holds it (that instance
     * is making this practice's payout). Ledger postings on the account wait for the lock, so the entries read next
     * are all there are.
     */
    Optional<UUID> lockBalanceAccount(UUID practiceId, String currency) {
        return BALANCE_ACCOUNT.claimNext(em, practiceId, currency);
    }

    private static final WorkQueue BALANCE_ACCOUNT = WorkQueue.locking(
            "ledger_accounts", "practice_id = ?1 AND code = 'PRACTICE_BALANCE' AND currency = ?2", null);

    boolean existsFor(UUID practiceId, LocalDate day) {
        return ((Number) em.createNativeQuery(
                                        "SELECT count(*) FROM payouts WHERE practice_id = ?1 AND payout_date = ?2")
                                .setParameter(1, practiceId)
                                .setParameter(2, Date.valueOf(day))
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** The balance entries available by {@code day} that no payout pays out yet: id and credit-normal amount. */
    @SuppressWarnings("unchecked")
    Map<UUID, Long> unpaidAvailable(UUID accountId, LocalDate day) {
        List<Object[]> rows = em.createNativeQuery("SELECT e.id, -e.amount_cents FROM ledger_entries e"
                        + " WHERE e.account_id = ?1 AND e.available_on <= ?2"
                        + " AND NOT EXISTS (SELECT 1 FROM payout_items i WHERE i.entry_id = e.id)")
                .setParameter(1, accountId)
                .setParameter(2, Date.valueOf(day))
                .getResultList();
        Map<UUID, Long> entries = new HashMap<>();
        rows.forEach(r -> entries.put((UUID) r[0], ((Number) r[1]).longValue()));
        return entries;
    }

    /** The entries of a posting on an account (a payout's own debit, or its failure's return). */
    @SuppressWarnings("unchecked")
    List<UUID> entriesOf(UUID postingId, UUID accountId) {
        return em.createNativeQuery("SELECT id FROM ledger_entries WHERE posting_id = ?1 AND account_id = ?2")
                .setParameter(1, postingId)
                .setParameter(2, accountId)
                .getResultList();
    }

    void assign(UUID payoutId, List<UUID> entryIds) {
        for (UUID entry : entryIds) {
            em.createNativeQuery("INSERT INTO payout_items (entry_id, payout_id) VALUES (?1, ?2)")
                    .setParameter(1, entry)
                    .setParameter(2, payoutId)
                    .executeUpdate();
        }
    }

    /** A failed payout lets go of what it paid out (the next payout takes it), keeping only its own entries. */
    void release(UUID payoutId) {
        em.createNativeQuery("DELETE FROM payout_items i USING ledger_entries e, ledger_postings p"
                        + " WHERE i.payout_id = ?1 AND e.id = i.entry_id AND p.id = e.posting_id"
                        + " AND p.payout_id IS DISTINCT FROM ?1")
                .setParameter(1, payoutId)
                .executeUpdate();
    }

    UUID balanceAccountId(UUID practiceId, String currency) {
        return (UUID) em.createNativeQuery("SELECT id FROM ledger_accounts WHERE practice_id = ?1"
                        + " AND code = 'PRACTICE_BALANCE' AND currency = ?2")
                .setParameter(1, practiceId)
                .setParameter(2, currency)
                .getSingleResult();
    }

    /**
     * One payout waiting to be sent or tracked, claimed (rows another instance holds are skipped) and leased: its next
     * check moves to {@code leaseUntil}, so no other instance takes it while the bank is asked.
     */
    Optional<UUID> claimOpen(Instant now, Instant leaseUntil) {
        return OPEN.claimNext(em, Timestamp.from(now), Timestamp.from(leaseUntil));
    }

    private static final WorkQueue OPEN = new WorkQueue(
            "payouts",
            "status IN ('PENDING', 'IN_TRANSIT') AND next_check_at <= ?1",
            "next_check_at, id",
            "next_check_at = ?2");

    // ---------- attribution

    private static final String ITEMS = " FROM payout_items i JOIN payouts po ON po.id = i.payout_id"
            + " JOIN ledger_entries e ON e.id = i.entry_id JOIN ledger_accounts a ON a.id = e.account_id"
            + " JOIN ledger_postings p ON p.id = e.posting_id LEFT JOIN charges c ON c.id = p.charge_id"
            + " LEFT JOIN clients cl ON cl.id = c.client_id LEFT JOIN team_members t ON t.id = c.clinician_id"
            // a payout's own debit (and a failure's return) are not transactions it pays out
            + " WHERE (p.payout_id IS NULL OR p.payout_id <> po.id)";

    /** A payout's transactions, newest first; only a clinician's own when {@code clinicianId} is set. */
    @SuppressWarnings("unchecked")
    Page<PayoutTransaction> transactions(UUID payoutId, UUID clinicianId, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT e.id, p.kind, p.charge_id, cl.first_name, cl.last_name,"
                + " c.clinician_id, t.first_name AS tf, t.last_name AS tl, c.session_fee_cents, c.processing_fee_cents,"
                + " -e.amount_cents, a.currency, e.available_on, e.created_at"
                + ITEMS + " AND i.payout_id = :payout");
        Map<String, Object> params = new HashMap<>();
        params.put("payout", payoutId);
        if (clinicianId != null) {
            sql.append(" AND c.clinician_id = :clinician");
            params.put("clinician", clinicianId);
        }
        Cursor after = page.after();
        if (after != null) {
            sql.append(" AND (e.created_at < :at OR (e.created_at = :at AND e.id < :id))");
            params.put("at", Timestamp.from(after.at()));
            params.put("id", after.id());
        }
        sql.append(" ORDER BY e.created_at DESC, e.id DESC");
        Query q = em.createNativeQuery(sql.toString()).setMaxResults(page.limit() + 1);
        params.forEach(q::setParameter);
        List<PayoutTransaction> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            String kind = (String) r[1];
            long net = ((Number) r[10]).longValue();
            boolean charge = "CHARGE".equals(kind);
            rows.add(new PayoutTransaction(
                    (UUID) r[0],
                    kind,
                    (UUID) r[2],
                    initials((String) r[3], (String) r[4]),
                    (UUID) r[5],
                    r[6] == null ? null : r[6] + " " + r[7],
                    charge ? ((Number) r[8]).longValue() : net,
                    charge ? ((Number) r[9]).longValue() : 0,
                    net,
                    (String) r[11],
                    SqlValues.localDate(r[12]),
                    SqlValues.instant(r[13])));
        }
        return Page.of(rows, page.limit(), PayoutTransaction::createdAt, PayoutTransaction::id);
    }

    /** Per clinician, the transactions of the practice's payouts (not failed) with payout dates in the range. */
    @SuppressWarnings("unchecked")
    List<PayoutSummary.Row> summary(UUID practiceId, LocalDate from, LocalDate to, UUID clinicianId) {
        String sql = "SELECT c.clinician_id, t.first_name, t.last_name, count(*),"
                + " SUM(CASE WHEN p.kind = 'CHARGE' THEN c.session_fee_cents ELSE -e.amount_cents END),"
                + " SUM(CASE WHEN p.kind = 'CHARGE' THEN c.processing_fee_cents ELSE 0 END), SUM(-e.amount_cents)"
                + ITEMS + " AND po.practice_id = ?1 AND po.status <> 'FAILED' AND po.payout_date BETWEEN ?2 AND ?3"
                + (clinicianId == null ? "" : " AND c.clinician_id = ?4")
                + " GROUP BY c.clinician_id, t.first_name, t.last_name ORDER BY t.last_name, t.first_name";
        Query q = em.createNativeQuery(sql)
                .setParameter(1, practiceId)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to));
        if (clinicianId != null) {
            q.setParameter(4, clinicianId);
        }
        List<PayoutSummary.Row> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            rows.add(new PayoutSummary.Row(
                    (UUID) r[0],
                    r[1] == null ? null : r[1] + " " + r[2],
                    ((Number) r[3]).intValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue()));
        }
        return rows;
    }

    /** How many payouts (not failed) with payout dates in the range, and their total; a clinician's: theirs. */
    Object[] totals(UUID practiceId, LocalDate from, LocalDate to) {
        return (Object[]) em.createNativeQuery("SELECT count(*), COALESCE(SUM(amount_cents), 0) FROM payouts"
                        + " WHERE practice_id = ?1 AND status <> 'FAILED' AND payout_date BETWEEN ?2 AND ?3")
                .setParameter(1, practiceId)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to))
                .getSingleResult();
    }

    long payoutsWithClinician(UUID practiceId, LocalDate from, LocalDate to, UUID clinicianId) {
        return ((Number) em.createNativeQuery("SELECT count(DISTINCT po.id)" + ITEMS
                                + " AND po.practice_id = ?1 AND po.status <> 'FAILED'"
                                + " AND po.payout_date BETWEEN ?2 AND ?3 AND c.clinician_id = ?4")
                        .setParameter(1, practiceId)
                        .setParameter(2, Date.valueOf(from))
                        .setParameter(3, Date.valueOf(to))
                        .setParameter(4, clinicianId)
                        .getSingleResult())
                .longValue();
    }

    static String initials(String first, String last) {
        if (first == null && last == null) {
            return null;
        }
        return initial(first) + initial(last);
    }

    private static String initial(String name) {
        return name == null || name.isBlank()
                ? ""
                : name.strip().substring(0, 1).toUpperCase() + ".";
    }
}
