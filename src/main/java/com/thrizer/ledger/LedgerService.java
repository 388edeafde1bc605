package com.thrizer.ledger;

import com.thrizer.shared.money.Money;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The append-only double-entry ledger. Every movement of money is one balanced posting (the database also refuses
 * an unbalanced one at commit, and any UPDATE or DELETE). Practice balances and payouts are derived from it.
 */
@ApplicationScoped
@Transactional
public class LedgerService {
    private final LedgerRepository ledger;
    private final Clock clock;

    LedgerService(LedgerRepository ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Appends a posting in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID post(Posting posting) {
        Instant now = Clocks.now(clock);
        UUID id = UUID.randomUUID();
        ledger.insertPosting(id, posting, now);
        for (Posting.Line line : posting.lines()) {
            UUID account = ledger.accountId(line.account(), line.amount().currency(), now);
            ledger.insertEntry(id, account, line.amount().cents(), line.availableOn(), now);
        }
        return id;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A practice's balance now: available (paid out next) and pending (not yet available). */
    public record Balance(Money available, Money pending) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Balance balance(UUID practiceId) {
        long[] amounts = ledger.practiceBalance(practiceId, Money.USD, today());
        return new Balance(Money.usd(amounts[0]), Money.usd(amounts[1]));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BalanceTransaction> transactions(
            UUID practiceId, Posting.Kind type, UUID chargeId, LocalDate from, LocalDate to, PageRequest page) {
        return ledger.transactions(practiceId, type, chargeId, from, to, page);
    }

    /**
     * Recomputes everything: unbalanced postings, the sum of all entries (zero), and each practice account's stored
     * balance against its entries (platform accounts keep no stored balance).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerCheckResult check() {
        long postings = ledger.count("SELECT count(*) FROM ledger_postings");
        long unbalanced = ledger.count("SELECT count(*) FROM (SELECT posting_id FROM ledger_entries GROUP BY posting_id"
                + " HAVING SUM(amount_cents) <> 0) t");
        long accounts = ledger.count("SELECT count(*) FROM ledger_accounts");
        List<LedgerCheckResult.Difference> differences = ledger
                .rows("SELECT a.id, a.code, a.balance_cents, COALESCE(SUM(e.amount_cents), 0) FROM ledger_accounts a"
                        + " LEFT JOIN ledger_entries e ON e.account_id = a.id WHERE a.practice_id IS NOT NULL"
                        + " GROUP BY a.id, a.code, a.balance_cents"
                        + " HAVING a.balance_cents <> COALESCE(SUM(e.amount_cents), 0)")
                .stream()
                .map(r -> new LedgerCheckResult.Difference(
                        (UUID) r[0], (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue()))
                .toList();
        long totalCents = ledger.count("SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries");
        if (totalCents != 0) {
            unbalanced = Math.max(unbalanced, 1);
        }
        return new LedgerCheckResult(
                postings,
                unbalanced,
                accounts,
                differences,
                List.of(
                        new LedgerCheckResult.Reconciliation(
                                "processor_clearing",
                                accountTotal("PROCESSOR_CLEARING"),
                                ledger.count(PROCESSOR_EXPECTED)),
                        new LedgerCheckResult.Reconciliation(
                                "payouts_in_transit",
                                -accountTotal("PAYOUTS_IN_TRANSIT"),
                                ledger.count(IN_TRANSIT_EXPECTED)),
                        new LedgerCheckResult.Reconciliation(
                                "practice_balances",
                                -accountTotal("PRACTICE_BALANCE"),
                                ledger.count("SELECT COALESCE(SUM(expected), 0) FROM (" + PRACTICES_EXPECTED + ") x"))),
                ledger.count("SELECT count(*) FROM (" + PRACTICES_EXPECTED + ") x WHERE x.expected <> x.ledger"),
                Clocks.now(clock));
    }

    private long accountTotal(String code) {
        return ledger.count("SELECT COALESCE(SUM(e.amount_cents), 0) FROM ledger_entries e JOIN ledger_accounts a"
                + " ON a.id = e.account_id WHERE a.code = '" + code + "'");
    }

    /**
     * Money held at the processor, from the records: cards charged, less refunds, plus claim filing fees, less fees
     * refunded to cards, less payouts paid from it.
     */
    static final String PROCESSOR_EXPECTED = "SELECT"
            + " (SELECT COALESCE(SUM(card_amount_cents), 0) FROM charges WHERE status = 'SUCCEEDED')"
            + " - (SELECT COALESCE(SUM(amount_cents), 0) FROM refunds WHERE status = 'SUCCEEDED')"
            + " + (SELECT COALESCE(SUM(filing_fee_cents), 0) FROM claims)"
            + " - (SELECT COALESCE(SUM(amount_cents), 0) FROM reimbursements"
            + " WHERE destination = 'CARD' AND status = 'SENT')"
            + " - (SELECT COALESCE(SUM(amount_cents), 0) FROM payouts WHERE status = 'PAID')";

    static final String IN_TRANSIT_EXPECTED =
            "SELECT COALESCE(SUM(amount_cents), 0) FROM payouts WHERE status IN ('PENDING', 'IN_TRANSIT')";

    /**
     * Each practice's balance from the records (charges' net, less what refunds took, less payouts not failed)
     * beside its ledger balance.
     */
    static final String PRACTICES_EXPECTED = "SELECT p.id,"
            + " (SELECT COALESCE(SUM(net_cents), 0) FROM charges WHERE practice_id = p.id AND status = 'SUCCEEDED')"
            + " - (SELECT COALESCE(SUM(CASE WHEN c.payment_type = 'THRIZER_PAY' THEN c.session_fee_cents"
            + " ELSE r.amount_cents END), 0) FROM refunds r JOIN charges c ON c.id = r.charge_id"
            + " WHERE r.practice_id = p.id AND r.status = 'SUCCEEDED')"
            + " - (SELECT COALESCE(SUM(amount_cents), 0) FROM payouts WHERE practice_id = p.id"
            + " AND status <> 'FAILED') AS expected,"
            + " (SELECT COALESCE(-SUM(e.amount_cents), 0) FROM ledger_entries e JOIN ledger_accounts a"
            + " ON a.id = e.account_id WHERE a.practice_id = p.id AND a.code = 'PRACTICE_BALANCE') AS ledger"
            + " FROM practices p";
}
