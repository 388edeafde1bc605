package com.thrizer.payouts;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.banking.BankAccountService;
import com.thrizer.banking.BankTransferUnavailableException;
import com.thrizer.banking.BankTransfers;
import com.thrizer.events.EventService;
import com.thrizer.events.EventType;
import com.thrizer.ledger.BusinessDays;
import com.thrizer.ledger.LedgerService;
import com.thrizer.notifications.Notifications;
import com.thrizer.practices.PracticeService;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.time.Clocks;
import com.thrizer.team.TeamService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The daily payout job (DOMAIN.md section 8), also run on demand by operators. For each practice with a payout
 * account: under the row lock of its balance account (taken with SKIP LOCKED: an instance that finds it held leaves
 * the practice to the instance holding it), and at most once a day (unique per practice and date), one payout of the
 * balance entries available and not yet paid out, when they add up to at least $1.00. Then payouts are sent to the
 * bank and followed until they arrive or fail, each claimed with {@code FOR UPDATE SKIP LOCKED}. Every change is a
 * ledger posting; a failure returns the amount to the balance and emails the practice's admins.
 */
@ApplicationScoped
public class PayoutJob {
    private static final Logger LOG = Logger.getLogger(PayoutJob.class);
    static final long MINIMUM_CENTS = 100;
    static final int BATCH = 1_000;

    private final PayoutRepository payouts;
    private final BankAccountService bankAccounts;
    private final BankTransfers transfers;
    private final LedgerService ledger;
    private final Notifications notifications;
    private final TeamService team;
    private final PracticeService practices;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration checkEvery;
    private final EventService events;

    PayoutJob(
            PayoutRepository payouts,
            BankAccountService bankAccounts,
            BankTransfers transfers,
            LedgerService ledger,
            Notifications notifications,
            TeamService team,
            PracticeService practices,
            AuditTrail audit,
            Clock clock,
            @ConfigProperty(name = "thrizer.payouts.check-every", defaultValue = "PT1H") Duration checkEvery,
            EventService events) {
        this.events = events;
        this.payouts = payouts;
        this.bankAccounts = bankAccounts;
        this.transfers = transfers;
        this.ledger = ledger;
        this.notifications = notifications;
        this.team = team;
        this.practices = practices;
        this.audit = audit;
        this.clock = clock;
        this.checkEvery = checkEvery;
    }

    /** What one run did. */
    public record Result(int created, int sent, int paid, int failed, int inTransit) {}

    @Scheduled(cron = "${thrizer.payouts.cron:0 0 9 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run(Clocks.now(clock));
    }

    @Scheduled(every = "${thrizer.payouts.track-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tracking() {
        advance(Clocks.now(clock), new int[4]);
    }

    /** A whole run as of {@code now}: create the day's payouts, send them, follow those in transit. */
    public Result run(Instant now) {
        int created = create(now);
        int[] counts = new int[4];
        advance(now, counts);
        return new Result(created, counts[0], counts[1], counts[2], counts[3]);
    }

    /** Creates the payouts due on {@code now}'s date; returns how many. */
    public int create(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int created = 0;
        List<UUID> practiceIds = QuarkusTransaction.requiringNew().call(bankAccounts::practicesWithPayoutAccount);
        for (UUID practiceId : practiceIds) {
            if (Boolean.TRUE.equals(QuarkusTransaction.requiringNew().call(() -> createFor(practiceId, today, now)))) {
                created++;
            }
        }
        return created;
    }

    private boolean createFor(UUID practiceId, LocalDate today, Instant now) {
        Optional<UUID> account = payouts.lockBalanceAccount(practiceId, Money.USD);
        if (account.isEmpty() || payouts.existsFor(practiceId, today)) {
            return false;
        }
        Optional<BankAccountService.Destination> destination = bankAccounts.payoutDestination(practiceId);
        if (destination.isEmpty()) {
            return false;
        }
        Map<UUID, Long> entries = payouts.unpaidAvailable(account.get(), today);
        long amount = entries.values().stream().mapToLong(Long::longValue).sum();
        if (amount < MINIMUM_CENTS) {
            return false; // below $1.00, or below zero after refunds: it waits for more
        }
        Payout p = new Payout();
        p.id = UUID.randomUUID();
        p.createdAt = Clocks.now(clock);
        p.updatedAt = p.createdAt;
        p.status = Payout.Status.PENDING;
        p.amountCents = amount;
        p.currency = Money.USD;
        p.payoutDate = today;
        p.expectedArrival = BusinessDays.plus(today, BusinessDays.AVAILABILITY_DELAY);
        p.bankAccountId = destination.get().accountId();
        p.bankAccountLast4 = destination.get().last4();
        p.transactionCount = entries.size();
        p.nextCheckAt = now;
        payouts.insert(practiceId, p);
        UUID posting = ledger.post(PayoutPostings.created(p, today));
        List<UUID> items = new ArrayList<>(entries.keySet());
        items.addAll(payouts.entriesOf(posting, account.get()));
        payouts.assign(p.id, items);
        audit.recordSystem(practiceId, AuditAction.CREATE, PayoutService.RESOURCE, p.id);
        events.record(practiceId, EventType.PAYOUT_CREATED, p.id);
        return true;
    }

    /** Sends pending payouts and follows those in transit, due by {@code now}; counts: sent, paid, failed, in transit. */
    void advance(Instant now, int[] counts) {
        int worked = 0;
        while (worked < BATCH
                && Boolean.TRUE.equals(QuarkusTransaction.requiringNew().call(() -> advanceOne(now, counts)))) {
            worked++;
        }
    }

    private boolean advanceOne(Instant now, int[] counts) {
        Optional<UUID> due = payouts.claimOpen(now);
        if (due.isEmpty()) {
            return false;
        }
        Payout p = payouts.lockAcrossPractices(due.get());
        p.updatedAt = Clocks.now(clock);
        try {
            if (p.status == Payout.Status.PENDING) {
                p.transferRef = transfers.send(p.bankAccountId, p.amount(), "payout-" + p.id);
                p.status = Payout.Status.IN_TRANSIT;
                p.sentAt = p.updatedAt;
                p.nextCheckAt = now; // ask about it at once: the sandbox may settle without delay
                counts[0]++;
                audit.recordSystem(p.practiceId, AuditAction.UPDATE, PayoutService.RESOURCE, p.id);
                return true;
            }
            BankTransfers.TransferStatus status = transfers.status(p.transferRef);
            switch (status.state()) {
                case PAID -> {
                    p.status = Payout.Status.PAID;
                    p.paidAt = p.updatedAt;
                    p.nextCheckAt = null;
                    ledger.post(PayoutPostings.paid(p, ledger.today()));
                    events.record(p.practiceId, EventType.PAYOUT_PAID, p.id);
                    counts[1]++;
                }
                case FAILED -> fail(p, status.failureCode(), counts);
                default -> {
                    p.nextCheckAt = now.plus(checkEvery);
                    counts[3]++;
                    return true;
                }
            }
            audit.recordSystem(p.practiceId, AuditAction.UPDATE, PayoutService.RESOURCE, p.id);
        } catch (BankTransferUnavailableException e) {
            LOG.warnf("payout %s: the bank-transfer provider is unavailable; retried later", p.id);
            p.nextCheckAt = now.plus(checkEvery);
        }
        return true;
    }

    /** The bank refused it: the amount returns to the balance and what it paid out waits for the next payout. */
    private void fail(Payout p, String code, int[] counts) {
        p.status = Payout.Status.FAILED;
        p.failureCode = code == null ? "bank_declined" : code;
        p.failedAt = p.updatedAt;
        p.nextCheckAt = null;
        UUID posting = ledger.post(PayoutPostings.failed(p, ledger.today()));
        UUID account = payouts.balanceAccountId(p.practiceId, p.currency);
        payouts.release(p.id);
        payouts.assign(p.id, payouts.entriesOf(posting, account));
        events.record(p.practiceId, EventType.PAYOUT_FAILED, p.id);
        counts[2]++;
        String practiceName = practices.nameOf(p.practiceId);
        for (String admin : team.adminEmails(p.practiceId)) {
            notifications.payoutFailed(admin, practiceName, p.amount().decimal(), p.bankAccountLast4, p.failureCode);
        }
    }
}
