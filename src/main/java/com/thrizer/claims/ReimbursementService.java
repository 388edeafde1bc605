package com.thrizer.claims;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.banking.BankAccountService;
import com.thrizer.banking.BankTransferUnavailableException;
import com.thrizer.banking.BankTransfers;
import com.thrizer.events.EventService;
import com.thrizer.events.EventType;
import com.thrizer.ledger.Account;
import com.thrizer.ledger.LedgerService;
import com.thrizer.processor.PaymentProcessor;
import com.thrizer.processor.ProcessorTimeoutException;
import com.thrizer.processor.ProcessorUnavailableException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Money from claims owed to clients: listed for the client, held until they have a reimbursement account, and sent
 * (bank transfer, or Thrizer Pay's fee back to the card) by the claims job, each with its ledger posting. Transfers
 * and card refunds are idempotent by the reimbursement's id, so a retry after a crash never sends twice.
 */
@ApplicationScoped
@Transactional
public class ReimbursementService {
    public static final String RESOURCE = "REIMBURSEMENT";
    private static final Logger LOG = Logger.getLogger(ReimbursementService.class);

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

    public Page<ReimbursementView> listOwn(ClientScope scope, Reimbursement.Status status, PageRequest page) {
        Page<Reimbursement> result = reimbursements.listOwn(scope, status, page);
        result.data().forEach(r -> audit.record(scope.practiceId(), AuditAction.READ, RESOURCE, r.id));
        return result.map(ReimbursementView::of);
    }

    /** A client set a reimbursement account: what was held for them is queued to go out. */
    void onReimbursementAccountSet(@Observes BankAccountService.ReimbursementAccountSet event) {
        reimbursements.releaseAwaiting(event.practiceId(), event.clientId(), Clocks.now(clock));
    }

    /**
     * Sends one pending reimbursement not touched since {@code startedAt}, under its row lock (instances skip rows
     * another holds); returns false when none is left. A provider outage leaves it pending for the next run.
     */
    boolean sendOne(Instant startedAt) {
        Optional<Reimbursement> next = reimbursements.claimPending(startedAt);
        if (next.isEmpty()) {
            return false;
        }
        Reimbursement r = next.get();
        Instant now = Clocks.now(clock);
        try {
            Account.Code from;
            if (r.destination == Reimbursement.Destination.CARD) {
                Claim claim = claims.findAcrossPractices(r.claimId);
                r.transferRef = processor.refund(claim.processorChargeId, r.amount(), "claim-fee-refund-" + r.id);
                from = Account.Code.PROCESSOR_CLEARING;
            } else {
                Optional<BankAccountService.Destination> account =
                        bankAccounts.reimbursementDestination(r.practiceId, r.clientId);
                if (account.isEmpty()) {
                    // the client removed their account meanwhile: held again until they set one
                    r.status = Reimbursement.Status.AWAITING_BANK_ACCOUNT;
                    r.updatedAt = now;
                    return true;
                }
                r.transferRef = transfers.send(account.get().accountId(), r.amount(), "claim-reimbursement-" + r.id);
                r.bankAccountLast4 = account.get().last4();
                from = Account.Code.PLATFORM_CASH;
            }
            r.status = Reimbursement.Status.SENT;
            r.sentAt = now;
            r.updatedAt = now;
            ledger.post(ClaimRouting.sent(r.practiceId, r.claimId, from, r.amount(), ledger.today()));
            audit.recordSystem(r.practiceId, AuditAction.UPDATE, RESOURCE, r.id);
            events.record(r.practiceId, EventType.REIMBURSEMENT_SENT, r.claimId);
        } catch (BankTransferUnavailableException | ProcessorUnavailableException | ProcessorTimeoutException e) {
            LOG.warnf("reimbursement %s: provider unavailable; retried on the next run", r.id);
            r.updatedAt = now.isAfter(startedAt) ? now : startedAt.plusNanos(1_000); // not again in this run
        }
        return true;
    }
}
