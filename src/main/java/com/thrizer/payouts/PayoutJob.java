package com.thrizer.payouts;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.banking.BankAccountService;
import com.thrizer.banking.BankTransferUnavailableException;
import com.thrizer.banking.BankTransfers;
import com.thrizer.events.domain.EventService;
import com.thrizer.events.domain.EventType;
import com.thrizer.ledger.BusinessDays;
import com.thrizer.ledger.LedgerService;
import com.thrizer.notifications.Notifications;
import com.thrizer.practices.PracticeService;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.outbound.OutsideCalls;
import com.thrizer.shared.outbound.ProviderOperation;
import com.thrizer.shared.outbound.RetrySchedule;
import com.thrizer.shared.outbound.RunClock;
import com.thrizer.shared.time.Clocks;
import com.thrizer.team.domain.TeamService;
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
 * bank and followed until they arrive or fail, each bank call one {@link OutsideCalls#run}: the payout claimed with
 * {@code FOR UPDATE SKIP LOCKED} and leased in a short transaction, the bank called with no transaction open, the
 * answer recorded under the payout's row lock in a new one. Every change is a ledger posting; a failure returns the amount to the balance and emails the practice's admins.
 */
@ApplicationScoped
public class PayoutJob {
    private static final Logger LOG = Logger.getLogger(PayoutJob.class);
    static final long MINIMUM_CENTS = 100;
    static final int BATCH = 1_000;
    /** How long a payout taken for a bank call stays out of other instances' reach (then it is due again). */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final PayoutRepository payouts;
    private final BankAccountService bankAccounts;
    private final BankTransfers transfers;
    private final LedgerService ledger;
    private final Notifications notifications;
    private final TeamService team;
    private final PracticeService practices;
    private final AuditTrail audit;
    private final Clock clock;
    private final RetrySchedule checks;
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
        this.checks = RetrySchedule.fixed(checkEvery);
    }

    /** What one run did. */
    public record Result(int created, int sent, int paid, int failed, int inTransit) {}

    /** What following the payouts did: sent, paid, failed, still in transit. */
    record Tracked(int sent, int paid, int failed, int inTransit) {
        static final Tracked NONE = new Tracked(0, 0, 0, 0);

        Tracked plus(Tracked o) {
            return new Tracked(sent + o.sent, paid + o.paid, failed + o.failed, inTransit + o.inTransit);
        }
    }

    @Scheduled(cron = "${thrizer.payouts.cron:0 0 9 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run(Clocks.now(clock));
    }

    @Scheduled(every = "${thrizer.payouts.track-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tracking() {
        advance(Clocks.now(clock));
    }

    /** A whole run as of {@code now}: create the day's payouts, send them, follow those in transit. */
    public Result run(Instant now) {
        int created = create(now);
        Tracked t = advance(now);
        return new Result(created, t.sent(), t.paid(), t.failed(), t.inTransit());
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

    /** Sends pending payouts and follows those in transit, due by {@code now}, each as one {@link OutsideCalls#run}. */
    Tracked advance(Instant now) {
        RunClock run = RunClock.startingAt(now);
        return OutsideCalls.runDue(BATCH, () -> new PayoutStep(run)).stream().reduce(Tracked.NONE, Tracked::plus);
    }

    /** A payout's step with the bank: sending it (pending) or asking where it is (in transit). */
    private record PayoutAttempt(UUID payoutId, Instant lease, Payout.Status status, Send send, String transferRef) {}

    private record Send(UUID bankAccountId, Money amount) {}

    /** The bank's answer: the transfer's reference (sent) or its state (tracked). */
    private record BankAnswer(String transferRef, BankTransfers.TransferStatus status) {}

    /**
     * One due payout, leased (its next check moves past {@link #LEASE}, from the time of the claim) in a short
     * transaction, the bank called with no
     * transaction open, and the answer recorded under the payout's row lock, only while the payout is still as it was
     * leased (a repeat, or a run that lost its lease, records nothing).
     */
    private final class PayoutStep implements ProviderOperation<PayoutAttempt, BankAnswer, Tracked> {
        private final RunClock run;
        private final Instant now;

        PayoutStep(RunClock run) {
            this.run = run;
            this.now = run.start();
        }

        @Override
        public Optional<PayoutAttempt> begin() {
            Instant lease = run.leaseFor(LEASE);
            return payouts.claimOpen(now, lease).map(id -> {
                Payout p = payouts.lockAcrossPractices(id);
                return new PayoutAttempt(id, lease, p.status, new Send(p.bankAccountId, p.amount()), p.transferRef);
            });
        }

        @Override
        public BankAnswer call(PayoutAttempt a) {
            return a.status() == Payout.Status.PENDING
                    ? new BankAnswer(
                            transfers.send(a.send().bankAccountId(), a.send().amount(), "payout-" + a.payoutId()), null)
                    : new BankAnswer(a.transferRef(), transfers.status(a.transferRef()));
        }

        @Override
        public Tracked settle(PayoutAttempt a, BankAnswer answer) {
            Payout p = leased(a);
            if (p == null) {
                return Tracked.NONE;
            }
            return answer.status() == null ? sent(p, answer.transferRef(), now) : tracked(p, answer.status(), now);
        }

        @Override
        public Failure classify(RuntimeException e) {
            return e instanceof BankTransferUnavailableException ? Failure.REFUSED : null;
        }

        @Override
        public Tracked refused(PayoutAttempt a, RuntimeException refusal) {
            LOG.warnf("payout %s: the bank-transfer provider is unavailable; retried later", a.payoutId());
            Payout p = leased(a);
            if (p != null) {
                p.updatedAt = Clocks.now(clock);
                p.nextCheckAt = checks.next(now);
            }
            return Tracked.NONE;
        }

        @Override
        public Tracked lost(PayoutAttempt a, RuntimeException e) {
            return Tracked.NONE; // the bank-transfer provider has no lost answers: its outages are refusals
        }
    }

    /** The payout, row-locked, while still as it was leased by this attempt; null otherwise. */
    private Payout leased(PayoutAttempt a) {
        Payout p = payouts.lockAcrossPractices(a.payoutId());
        return p.status == a.status() && a.lease().equals(p.nextCheckAt) ? p : null;
    }

    private Tracked sent(Payout p, String transferRef, Instant now) {
        p.updatedAt = Clocks.now(clock);
        p.transferRef = transferRef;
        p.status = Payout.Status.IN_TRANSIT;
        p.sentAt = p.updatedAt;
        p.nextCheckAt = now; // ask about it at once: the sandbox may settle without delay
        audit.recordSystem(p.practiceId, AuditAction.UPDATE, PayoutService.RESOURCE, p.id);
        return new Tracked(1, 0, 0, 0);
    }

    private Tracked tracked(Payout p, BankTransfers.TransferStatus status, Instant now) {
        p.updatedAt = Clocks.now(clock);
        Tracked result;
        switch (status.state()) {
            case PAID -> {
                p.status = Payout.Status.PAID;
                p.paidAt = p.updatedAt;
                p.nextCheckAt = null;
                ledger.post(PayoutPostings.paid(p, ledger.today()));
                events.record(p.practiceId, EventType.PAYOUT_PAID, p.id);
                result = new Tracked(0, 1, 0, 0);
            }
            case FAILED -> result = fail(p, status.failureCode());
            default -> {
                p.nextCheckAt = checks.next(now);
                return new Tracked(0, 0, 0, 1);
            }
        }
        audit.recordSystem(p.practiceId, AuditAction.UPDATE, PayoutService.RESOURCE, p.id);
        return result;
    }

    /** The bank refused it: the amount returns to the balance and what it paid out waits for the next payout. */
    private Tracked fail(Payout p, String code) {
        p.status = Payout.Status.FAILED;
        p.failureCode = code == null ? "bank_declined" : code;
        p.failedAt = p.updatedAt;
        p.nextCheckAt = null;
        UUID posting = ledger.post(PayoutPostings.failed(p, ledger.today()));
        UUID account = payouts.balanceAccountId(p.practiceId, p.currency);
        payouts.release(p.id);
        payouts.assign(p.id, payouts.entriesOf(posting, account));
        events.record(p.practiceId, EventType.PAYOUT_FAILED, p.id);
        String practiceName = practices.nameOf(p.practiceId);
        for (String admin : team.adminEmails(p.practiceId)) {
            notifications.payoutFailed(admin, practiceName, p.amount().decimal(), p.bankAccountLast4, p.failureCode);
        }
        return new Tracked(0, 0, 1, 0);
    }
}
