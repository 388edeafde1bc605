package com.thrizer.charges.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.billing.PaymentType;
import com.thrizer.charges.persistence.Charge;
import com.thrizer.charges.persistence.ChargeRepository;
import com.thrizer.charges.persistence.Refund;
import com.thrizer.charges.persistence.RefundRepository;
import com.thrizer.claims.domain.ClaimService;
import com.thrizer.events.domain.EventObjectRenderer;
import com.thrizer.events.domain.EventService;
import com.thrizer.events.domain.EventType;
import com.thrizer.ledger.LedgerService;
import com.thrizer.processor.PaymentProcessor;
import com.thrizer.processor.ProcessorFailures;
import com.thrizer.shared.crypto.Hashes;
import com.thrizer.shared.error.IdempotencyInUse;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.outbound.Attempted;
import com.thrizer.shared.outbound.OutsideCalls;
import com.thrizer.shared.outbound.ProviderOperation;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.time.Clocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Refunds (DOMAIN.md section 6) to the charge's card. Practice admins, API keys with {@code refunds:write} and the
 * provider of record (a clinician reaches only their own charges). Self-Pay and OON Pay: partial or full; Thrizer
 * Pay: full only. The processing fee is kept; the refund is refused when the practice's balance, less the refunds
 * still in flight, cannot cover what it takes from it.
 *
 * <p>The refund is reserved on the charge first (under the charge's row lock, so concurrent refunds can never exceed
 * it), then the processor is called outside any transaction, then the ledger is posted: one {@link OutsideCalls#run}. Reserving and settling lock
 * the charge's claim before the charge, the order a claim's decision uses too: a decision either comes first (a
 * Thrizer Pay refund is then refused) or finds the full refund reserved and waits for it (the claim is voided).
 */
@ApplicationScoped
public class RefundService {
    public static final String RESOURCE = "REFUND";
    private static final Logger LOG = Logger.getLogger(RefundService.class);

    private final ChargeRepository charges;
    private final RefundRepository refunds;
    private final PaymentProcessor processor;
    private final LedgerService ledger;
    private final ClaimService claims;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;
    private final EventService events;
    private final IdempotentRequests idempotency;

    RefundService(
            ChargeRepository charges,
            RefundRepository refunds,
            PaymentProcessor processor,
            LedgerService ledger,
            ClaimService claims,
            CallerContext callers,
            AuditTrail audit,
            Clock clock,
            EventService events,
            IdempotentRequests idempotency) {
        this.events = events;
        this.idempotency = idempotency;
        this.charges = charges;
        this.refunds = refunds;
        this.processor = processor;
        this.ledger = ledger;
        this.claims = claims;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    private record Pending(UUID refundId, String processorChargeId, Money amount, String key) {}

    public RefundView create(UUID chargeId, Long amountCents, Refund.Reason reason, String idempotencyKey) {
        String scope = IdempotentRequests.scopeOf(callers.caller());
        Attempted<Void> attempted = OutsideCalls.run(new RefundAttempt(true) {
            @Override
            public Optional<Pending> begin() {
                // (not Optional.map: a settled earlier refund has no pending part, and must not make a second refund)
                Optional<Refund> earlier = refunds.findByRequest(scope, idempotencyKey);
                return Optional.ofNullable(
                        earlier.isPresent()
                                ? pendingOf(earlier.get())
                                : reserve(chargeId, amountCents, reason, scope, idempotencyKey));
            }
        });
        if (attempted.status() == Attempted.Status.REFUSED) {
            throw attempted.failure();
        }
        return QuarkusTransaction.requiringNew()
                .call(() -> RefundView.of(refunds.getById(
                        refunds.findByRequest(scope, idempotencyKey).orElseThrow().id)));
    }

    /**
     * A pending refund, by its own key. For a request a definite outage abandons it (the reservation is given back);
     * for recovery (the first answer was lost) nothing is abandoned, whatever the processor says.
     */
    private abstract class RefundAttempt implements ProviderOperation<Pending, String, Void> {
        private final boolean forRequest;

        RefundAttempt(boolean forRequest) {
            this.forRequest = forRequest;
        }

        @Override
        public void beforeCall(Pending pending) {
            // as for charges (ChargeSettlement#runForRequest): a run whose key a retry took over stops before the
            // processor call and never abandons the refund the retry runs
            if (forRequest && !QuarkusTransaction.requiringNew().call(idempotency::holdsClaim)) {
                throw new IdempotencyInUse();
            }
        }

        @Override
        public String call(Pending pending) {
            return processor.refund(pending.processorChargeId(), pending.amount(), pending.key());
        }

        @Override
        public Void settle(Pending pending, String processorRefundId) {
            RefundService.this.settle(pending, processorRefundId);
            return null;
        }

        @Override
        public Failure classify(RuntimeException e) {
            return ProcessorFailures.classify(e, forRequest);
        }

        @Override
        public Void refused(Pending pending, RuntimeException refusal) {
            if (idempotency.holdsClaim()) {
                abandon(pending.refundId());
            }
            return null;
        }

        @Override
        public Void lost(Pending pending, RuntimeException e) {
            LOG.warnf(
                    forRequest
                            ? "refund %s: the processor's answer was lost; left for recovery"
                            : "refund %s: still no answer from the processor",
                    pending.refundId());
            return null;
        }
    }

    private Pending pendingOf(Refund r) {
        if (r.status != Refund.Status.PENDING) {
            return null;
        }
        Charge c = charges.findAcrossPractices(r.chargeId);
        return new Pending(r.id, c.processorChargeId, r.amount(), r.processorKey);
    }

    private Pending reserve(UUID chargeId, Long amountCents, Refund.Reason reason, String scope, String key) {
        // a charge the caller cannot see is not found before anything is locked (404, no foreign row held)
        charges.checkVisible(chargeId);
        // lock order shared with the claim's decision: the claim, then the charge
        boolean claimDecided = claims.lockClaimOfCharge(chargeId);
        Charge c = charges.getVisibleForUpdate(chargeId);
        long amount = refundable(c, amountCents, claimDecided);
        // one practice's refunds are checked against its balance one at a time, on every instance
        refunds.lockName("refunds:" + c.practiceId);
        LedgerService.Balance balance = ledger.balance(c.practiceId);
        long covered = balance.available().cents()
                + balance.pending().cents()
                - refunds.pendingPracticeDebitCents(c.practiceId);
        if (covered < ChargePostings.practiceDebitCents(c, amount)) {
            throw new RuleViolationException(
                    "insufficient_balance", "The practice's balance cannot cover this refund.", "amount");
        }
        Refund r = newRefund(c, amount, reason, scope, key);
        refunds.insert(c.practiceId, r);
        c.refundedCents += amount;
        c.updatedAt = r.createdAt;
        return new Pending(r.id, c.processorChargeId, r.amount(), r.processorKey);
    }

    /** The amount to refund (all that is left when none is given), or 422 with the rule it breaks. */
    private static long refundable(Charge c, Long amountCents, boolean claimDecided) {
        if (c.status != Charge.Status.SUCCEEDED) {
            throw new RuleViolationException("charge_not_succeeded", "Only a succeeded charge can be refunded.");
        }
        long remaining = c.cardAmountCents - c.refundedCents;
        if (remaining == 0) {
            throw new RuleViolationException("charge_fully_refunded", "This charge is already refunded in full.");
        }
        long amount = amountCents == null ? remaining : amountCents;
        if (c.paymentType == PaymentType.THRIZER_PAY && amount != c.cardAmountCents) {
            throw new RuleViolationException(
                    "full_refund_required", "Thrizer Pay charges are refunded in full only.", "amount");
        }
        if (c.paymentType == PaymentType.THRIZER_PAY && claimDecided) {
            // the payer's decision already settled the advance; a refund would undo it a second time
            throw new RuleViolationException(
                    "claim_already_decided",
                    "The insurer already decided this Thrizer Pay session's claim; it can no longer be refunded.");
        }
        if (amount > remaining) {
            throw new RuleViolationException(
                    "refund_exceeds_charge",
                    "The refund is more than what is left of the charge (" + remaining + " cents).",
                    "amount");
        }
        return amount;
    }

    private Refund newRefund(Charge c, long amount, Refund.Reason reason, String scope, String key) {
        Instant now = Clocks.now(clock);
        Refund r = new Refund();
        r.id = UUID.randomUUID();
        r.createdAt = now;
        r.updatedAt = now;
        r.chargeId = c.id;
        r.amountCents = amount;
        r.currency = c.currency;
        r.reason = reason;
        r.status = Refund.Status.PENDING;
        r.processorKey = "re_" + Hashes.sha256Hex(scope + ":" + key).substring(0, 48);
        r.createdBy = callers.caller().actorId();
        r.idempotencyScope = scope;
        r.idempotencyKey = key;
        return r;
    }

    /** In the settling transaction: the processor's answer, once (a second settlement of the refund does nothing). */
    private void settle(Pending pending, String processorRefundId) {
        Refund r = refunds.lockAcrossPractices(pending.refundId());
        if (r == null || r.status != Refund.Status.PENDING) {
            return;
        }
        claims.lockClaimOfCharge(r.chargeId); // the claim, then the charge
        Charge c = charges.lockAcrossPractices(r.chargeId);
        r.status = Refund.Status.SUCCEEDED;
        r.processorRefundId = processorRefundId;
        r.updatedAt = Clocks.now(clock);
        ledger.post(ChargePostings.refund(c, r, ledger.today()));
        if (c.refundedCents == c.cardAmountCents) {
            claims.voidForChargeIfUndecided(c.id);
        }
        audit.recordSystemOrCaller(c.practiceId, AuditAction.CREATE, RESOURCE, r.id);
        events.record(c.practiceId, EventType.REFUND_CREATED, r.id);
    }

    /** A definite outage: nothing was refunded; the reservation on the charge is given back. */
    private void abandon(UUID refundId) {
        Refund r = refunds.lockAcrossPractices(refundId);
        if (r == null || r.status != Refund.Status.PENDING) {
            return;
        }
        Charge c = charges.lockAcrossPractices(r.chargeId);
        c.refundedCents -= r.amountCents;
        refunds.delete(r);
    }

    /** For the recovery job: asks the processor again with the refund's key; returns whether it settled. */
    boolean recover(UUID refundId) {
        Attempted<Void> attempted = OutsideCalls.run(new RefundAttempt(false) {
            @Override
            public Optional<Pending> begin() {
                Refund r = refunds.lockAcrossPractices(refundId);
                return Optional.ofNullable(r == null ? null : pendingOf(r));
            }
        });
        return attempted.status() != Attempted.Status.LOST;
    }

    @Transactional
    public Page<RefundView> list(UUID chargeId, PageRequest page) {
        Charge c = charges.getVisible(chargeId);
        Page<Refund> result = refunds.ofCharge(c.id, page);
        audit.recordReads(RESOURCE, result.data().stream().map(r -> r.id).toList());
        return result.map(RefundView::of);
    }

    /** A refund as its event shows it (any practice's row, checked to be the event's practice; not audited). */
    @Transactional
    public RefundView eventView(UUID practiceId, UUID id) {
        return RefundView.of(EventObjectRenderer.inPractice(refunds.findAcrossPractices(id), practiceId));
    }
}
