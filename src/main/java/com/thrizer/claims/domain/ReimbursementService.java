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
 * provider called outside any transaction ({@link OutsideCalls#run}). Transfers and card refunds are idempotent by the
 * reimbursement's id, so a retry after a crash (or a second instance's) never sends twice.
 */
@ApplicationScoped
public class ReimbursementService {
    public static final String RESOURCE = "REIMBURSEMENT";
    private static final Logger LOG = Logger.getLogger(ReimbursementService.class);
    /** A pending reimbursement a run could not send (or held) is due again at once: on the job's next run. */
    static final RetrySchedule RETRIES = RetrySchedule.fixed(Duration.ZERO);

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
     * Sends the pending reimbursements not touched since {@code startedAt} (instances skip rows another holds), each
     * as one {@link OutsideCalls#run}, at most {@code batch}; returns how many were worked on. A provider outage
     * leaves one pending for the next run.
     */
    int sendDue(Instant startedAt, int batch) {
        return OutsideCalls.runDue(batch, () -> new Sending(startedAt)).size();
    }

    /** What a sending needs: where to (none when it is held again for an account), how much, with which key. */
    private record Send(
            UUID id,
            Reimbursement.Destination destination,
            Money amount,
            String chargeRef,
            BankAccountService.Destination account) {}

    /**
     * One pending reimbursement, touched so that this run does not take it again, sent outside any transaction with
     * the reimbursement's own key, and recorded under its row lock once (a second settlement finds it sent).
     */
    private final class Sending implements ProviderOperation<Send, String, Void> {
        private final Instant startedAt;

        Sending(Instant startedAt) {
            this.startedAt = startedAt;
        }

        @Override
        public Optional<Send> begin() {
            Instant now = Clocks.now(clock);
            Instant due = RETRIES.next(now);
            Instant touched = due.isAfter(startedAt) ? due : startedAt.plusNanos(1_000); // not again in this run
            return reimbursements.claimPending(startedAt, touched).map(id -> prepare(reimbursements.lock(id), now));
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
            return null;
        }

        @Override
        public Void lost(Send s, RuntimeException e) {
            LOG.warnf("reimbursement %s: provider unavailable; retried on the next run", s.id());
            return null;
        }
    }

    private Send prepare(Reimbursement r, Instant now) {
        if (r.destination == Reimbursement.Destination.CARD) {
            Claim claim = claims.findAcrossPractices(r.claimId);
            return new Send(r.id, r.destination, r.amount(), claim.processorChargeId, null);
        }
        Optional<BankAccountService.Destination> account =
                bankAccounts.reimbursementDestination(r.practiceId, r.clientId);
        if (account.isEmpty()) {
            // the client removed their account meanwhile: held again until they set one
            r.status = Reimbursement.Status.AWAITING_BANK_ACCOUNT;
            r.updatedAt = now;
        }
        return new Send(r.id, r.destination, r.amount(), null, account.orElse(null));
    }

    /** In the settling transaction: sent, posted, once. */
    private void sent(Send s, String transferRef) {
        Reimbursement r = reimbursements.lock(s.id());
        if (r.status != Reimbursement.Status.PENDING) {
            return; // settled already (another run's repeat of the same call)
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
