package com.thrizer.claims.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.banking.BankAccountService;
import com.thrizer.banking.BankTransferUnavailableException;
import com.thrizer.banking.BankTransfers;
import com.thrizer.claims.persistence.Claim;
import com.thrizer.claims.persistence.ClaimRepository;
import com.thrizer.claims.persistence.Reimbursement;
import com.thrizer.claims.persistence.ReimbursementRepository;
import com.thrizer.events.domain.EventService;
import com.thrizer.events.domain.EventType;
import com.thrizer.ledger.Account;
import com.thrizer.ledger.LedgerService;
import com.thrizer.processor.PaymentProcessor;
import com.thrizer.processor.ProcessorTimeoutException;
import com.thrizer.processor.ProcessorUnavailableException;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.outbound.OutsideCalls;
import com.thrizer.shared.outbound.ProviderOperation;
import com.thrizer.shared.outbound.RetrySchedule;
import com.thrizer.shared.outbound.RunClock;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Money from claims owed to clients: listed for the client, held until they have a reimbursement account, and sent
 * (bank transfer, or Thrizer Pay's fee back to the card) by the claims job, each with its ledger posting, the
 * provider called outside any transaction ({@link OutsideCalls#run}). A pending reimbursement taken for a call is
 * leased (its {@code updated_at} moves past {@link #LEASE}, well above the providers' timeouts): no other run takes
 * it, and nothing changes its status, until the lease ends; the answer is recorded only while the row still holds
 * the attempt's lease. Transfers and card refunds are idempotent by the reimbursement's id, so a retry after a crash
 * (or after the lease ran out) never sends twice.
 */
@ApplicationScoped
public class ReimbursementService {
    public static final String RESOURCE = "REIMBURSEMENT";
    private static final Logger LOG = Logger.getLogger(ReimbursementService.class);
    /** A pending reimbursement a run could not send (or held) is due again at once: on the job's next run. */
    static final RetrySchedule RETRIES = RetrySchedule.fixed(Duration.ZERO);
    /** How long a reimbursement taken for a provider call stays out of other runs' reach (then it is due again). */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final ReimbursementRepository reimbursements;
    private final ClaimRepository claims;
    private final BankAccountService bankAccounts;
    private final BankTransfers transfers;
    private final PaymentProcessor processor;
    private final LedgerService ledger;
    private final AuditTrail audit;
    private final Clock clock;
    private final EventService events;

    ReimbursementService(
            ReimbursementRepository reimbursements,
            ClaimRepository claims,
            BankAccountService bankAccounts,
            BankTransfers transfers,
            PaymentProcessor processor,
            LedgerService ledger,
            AuditTrail audit,
            Clock clock,
            EventService events) {
        this.events = events;
        this.reimbursements = reimbursements;
        this.claims = claims;
        this.bankAccounts = bankAccounts;
        this.transfers = transfers;
        this.processor = processor;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Page<ReimbursementView> listOwn(ClientScope scope, Reimbursement.Status status, PageRequest page) {
        Page<Reimbursement> result = reimbursements.listOwn(scope, status, page);
        result.data().forEach(r -> audit.record(scope.practiceId(), AuditAction.READ, RESOURCE, r.id));
        return result.map(ReimbursementView::of);
    }

    /** A client set a reimbursement account: what was held for them is queued to go out. */
    @Transactional
    void onReimbursementAccountSet(@Observes BankAccountService.ReimbursementAccountSet event) {
        reimbursements.releaseAwaiting(event.practiceId(), event.clientId(), Clocks.now(clock));
    }

    /**
     * Sends the pending reimbursements due by {@code startedAt} (not leased; instances skip rows another holds), each
     * as one {@link OutsideCalls#run}, at most {@code batch}; returns how many were worked on. A provider outage
     * leaves one pending for the next run.
     */
    int sendDue(Instant startedAt, int batch) {
        RunClock run = RunClock.startingAt(startedAt);
        return OutsideCalls.runDue(batch, () -> new Sending(run)).size();
    }

    /** A run's sending step as of {@code startedAt} (tests take its steps one by one). */
    Sending sending(Instant startedAt) {
        return new Sending(RunClock.startingAt(startedAt));
    }

    /**
     * What a sending needs: where to (none when it is held again for an account), how much, with which key, under
     * which lease (the row's {@code updated_at} while this attempt holds it).
     */
    record Send(
            UUID id,
            Instant lease,
            Reimbursement.Destination destination,
            Money amount,
            String chargeRef,
            BankAccountService.Destination account) {}

    /**
     * One pending reimbursement, leased (its {@code updated_at} moves past {@link #LEASE}, from the time of the
     * claim), sent outside any transaction with the reimbursement's own key to the destination read when it was
     * leased, and recorded under its row lock only while the row still holds this attempt's lease (a repeat, or an
     * attempt whose lease ran out and was taken over, records nothing).
     */
    final class Sending implements ProviderOperation<Send, String, Void> {
        private final RunClock run;

        Sending(RunClock run) {
            this.run = run;
        }

        @Override
        public Optional<Send> begin() {
            Instant lease = run.leaseFor(LEASE);
            return reimbursements
                    .claimPending(run.start(), lease)
                    .map(id -> prepare(reimbursements.lock(id), lease, Clocks.now(clock)));
        }

        @Override
        public String call(Send s) {
            if (s.destination() == Reimbursement.Destination.CARD) {
                return processor.refund(s.chargeRef(), s.amount(), "claim-fee-refund-" + s.id());
            }
            return s.account() == null
                    ? null
                    : transfers.send(s.account().accountId(), s.amount(), "claim-reimbursement-" + s.id());
        }

        @Override
        public Void settle(Send s, String transferRef) {
            if (s.destination() == Reimbursement.Destination.CARD || s.account() != null) {
                sent(s, transferRef);
            }
            return null;
        }

        @Override
        public Failure classify(RuntimeException e) {
            if (e instanceof BankTransferUnavailableException || e instanceof ProcessorUnavailableException) {
                return Failure.REFUSED;
            }
            return e instanceof ProcessorTimeoutException ? Failure.LOST : null;
        }

        @Override
        public Void refused(Send s, RuntimeException refusal) {
            LOG.warnf("reimbursement %s: provider unavailable; retried on the next run", s.id());
            release(s, run.start());
            return null;
        }

        @Override
        public Void lost(Send s, RuntimeException e) {
            LOG.warnf("reimbursement %s: provider unavailable; retried on the next run", s.id());
            release(s, run.start());
            return null;
        }
    }

    /**
     * In the claiming transaction: what the call needs. A bank reimbursement whose client removed their account
     * meanwhile is held again (no call, its lease given back) until they set one.
     */
    private Send prepare(Reimbursement r, Instant lease, Instant now) {
        if (r.destination == Reimbursement.Destination.CARD) {
            Claim claim = claims.findAcrossPractices(r.claimId);
            return new Send(r.id, lease, r.destination, r.amount(), claim.processorChargeId, null);
        }
        Optional<BankAccountService.Destination> account =
                bankAccounts.reimbursementDestination(r.practiceId, r.clientId);
        if (account.isEmpty()) {
            r.status = Reimbursement.Status.AWAITING_BANK_ACCOUNT;
            r.updatedAt = now;
        }
        return new Send(r.id, lease, r.destination, r.amount(), null, account.orElse(null));
    }

    /** The reimbursement, row-locked, while still pending and leased by this attempt; null otherwise. */
    private Reimbursement leased(Send s) {
        Reimbursement r = reimbursements.lock(s.id());
        return r.status == Reimbursement.Status.PENDING && s.lease().equals(r.updatedAt) ? r : null;
    }

    /** Nothing was sent (or the answer was lost): the lease is given back, due on the next run (not this one). */
    private void release(Send s, Instant startedAt) {
        Reimbursement r = leased(s);
        if (r != null) {
            Instant due = RETRIES.next(Clocks.now(clock));
            r.updatedAt = due.isAfter(startedAt) ? due : startedAt.plusNanos(1_000);
        }
    }

    /** In the settling transaction: sent, posted, once, while this attempt still holds the lease. */
    private void sent(Send s, String transferRef) {
        Reimbursement r = leased(s);
        if (r == null) {
            return; // settled already, or the lease ran out and another attempt holds the row
        }
        Instant now = Clocks.now(clock);
        r.transferRef = transferRef;
        Account.Code from = Account.Code.PROCESSOR_CLEARING;
        if (s.destination() != Reimbursement.Destination.CARD) {
            r.bankAccountLast4 = s.account().last4();
            from = Account.Code.PLATFORM_CASH;
        }
        r.status = Reimbursement.Status.SENT;
        r.sentAt = now;
        r.updatedAt = now;
        ledger.post(ClaimRouting.sent(r.practiceId, r.claimId, from, r.amount(), ledger.today()));
        audit.recordSystem(r.practiceId, AuditAction.UPDATE, RESOURCE, r.id);
        events.record(r.practiceId, EventType.REIMBURSEMENT_SENT, r.claimId);
    }
}
