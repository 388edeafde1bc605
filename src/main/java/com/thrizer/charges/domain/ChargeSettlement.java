package com.thrizer.charges.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.Fees;
import com.thrizer.billing.PaymentType;
import com.thrizer.charges.persistence.Charge;
import com.thrizer.charges.persistence.ChargeRepository;
import com.thrizer.claims.domain.ClaimFiling;
import com.thrizer.claims.domain.ClaimService;
import com.thrizer.events.domain.EventService;
import com.thrizer.events.domain.EventType;
import com.thrizer.ledger.LedgerService;
import com.thrizer.paymentmethods.PaymentMethodService;
import com.thrizer.paymentmethods.SavedCard;
import com.thrizer.practices.PracticeService;
import com.thrizer.processor.ChargeOutcome;
import com.thrizer.processor.PaymentProcessor;
import com.thrizer.processor.ProcessorFailures;
import com.thrizer.shared.error.IdempotencyInUse;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.outbound.Attempted;
import com.thrizer.shared.outbound.OutsideCalls;
import com.thrizer.shared.outbound.ProviderOperation;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Takes a pending charge attempt to its outcome, as one {@link OutsideCalls#run}. The attempt row is committed before
 * the processor is called, the call runs outside any transaction with the attempt's own idempotency key, and the
 * outcome is settled in a new transaction under the charge's row lock (a second settlement of the same attempt does
 * nothing). Whatever is left in
 * between (a crash, a lost answer) is found by {@link ChargeRecoveryJob}, which asks the processor again with the
 * same key.
 */
@ApplicationScoped
public class ChargeSettlement {
    private static final Logger LOG = Logger.getLogger(ChargeSettlement.class);

    private final ChargeRepository charges;
    private final PaymentMethodService cards;
    private final PaymentProcessor processor;
    private final LedgerService ledger;
    private final ClaimService claims;
    private final PracticeService practices;
    private final AuditTrail audit;
    private final Clock clock;
    private final EventService events;
    private final IdempotentRequests idempotency;

    ChargeSettlement(
            ChargeRepository charges,
            PaymentMethodService cards,
            PaymentProcessor processor,
            LedgerService ledger,
            ClaimService claims,
            PracticeService practices,
            AuditTrail audit,
            Clock clock,
            EventService events,
            IdempotentRequests idempotency) {
        this.events = events;
        this.idempotency = idempotency;
        this.charges = charges;
        this.cards = cards;
        this.processor = processor;
        this.ledger = ledger;
        this.claims = claims;
        this.practices = practices;
        this.audit = audit;
        this.clock = clock;
    }

    private record Attempt(UUID chargeId, int number, String cardRef, Money amount, String key) {}

    /**
     * For a request: runs the charge's pending attempt. A definite outage undoes the attempt (the charge itself when
     * it was the first) and rethrows (503, retry with the same key); a lost answer leaves the charge pending for the
     * recovery job.
     *
     * <p>Each step renews the request's Idempotency-Key claim first. A run whose claim a retry took over (its lease ran
     * out: it was presumed dead) stops before the processor call, and never abandons the charge, which the retry now
     * runs; the claim's row stays locked while the charge is abandoned, so no retry takes over meanwhile.
     */
    void runForRequest(UUID chargeId) {
        Attempted<Void> attempted = OutsideCalls.run(new ChargeAttempt(chargeId, true));
        if (attempted.status() == Attempted.Status.REFUSED) {
            throw attempted.failure();
        }
    }

    /** For the recovery job: asks the processor again with the attempt's key; returns whether it settled. */
    boolean recover(UUID chargeId) {
        return OutsideCalls.run(new ChargeAttempt(chargeId, false)).status() != Attempted.Status.LOST;
    }

    /**
     * A charge's pending attempt, by its own key. For a request a definite outage abandons it; for recovery (the
     * first answer was lost, so the card may have been charged) nothing is abandoned, whatever the processor says.
     */
    private final class ChargeAttempt implements ProviderOperation<Attempt, ChargeOutcome, Void> {
        private final UUID chargeId;
        private final boolean forRequest;

        ChargeAttempt(UUID chargeId, boolean forRequest) {
            this.chargeId = chargeId;
            this.forRequest = forRequest;
        }

        @Override
        public Optional<Attempt> begin() {
            return Optional.ofNullable(pendingAttempt(chargeId));
        }

        @Override
        public ChargeOutcome call(Attempt attempt) {
            return processor.charge(attempt.cardRef(), attempt.amount(), attempt.key());
        }

        @Override
        public Void settle(Attempt attempt, ChargeOutcome outcome) {
            ChargeSettlement.this.settle(attempt, outcome);
            return null;
        }

        @Override
        public Failure classify(RuntimeException e) {
            return ProcessorFailures.classify(e, forRequest);
        }

        @Override
        public Void refused(Attempt attempt, RuntimeException refusal) {
            if (idempotency.holdsClaim()) {
                abandon(attempt);
            }
            return null;
        }

        @Override
        public Void lost(Attempt attempt, RuntimeException e) {
            LOG.warnf(
                    forRequest
                            ? "charge %s attempt %d: the processor's answer was lost; left for recovery"
                            : "charge %s attempt %d: still no answer from the processor",
                    chargeId,
                    attempt.number());
            return null;
        }
    }

    private Attempt pendingAttempt(UUID chargeId) {
        if (!idempotency.holdsClaim()) {
            // a retry took this request's key over and runs the charge; this run stops here
            throw new IdempotencyInUse();
        }
        Charge c = charges.findAcrossPractices(chargeId);
        if (c == null || c.status != Charge.Status.PENDING) {
            return null;
        }
        SavedCard card = cards.byIds(List.of(c.paymentMethodId)).get(c.paymentMethodId);
        return new Attempt(
                c.id, c.attempts, card.processorRef(), c.cardAmount(), charges.processorKey(c.id, c.attempts));
    }

    /** In the settling transaction: the processor's answer, once (a second settlement of the attempt does nothing). */
    private void settle(Attempt attempt, ChargeOutcome outcome) {
        // renews the claim's lease; the processor's answer is recorded even if a retry took the key over (the
        // retry asks with the same key and gets the same answer, and a second settlement does nothing)
        idempotency.holdsClaim();
        Charge c = charges.lockAcrossPractices(attempt.chargeId());
        if (c.status != Charge.Status.PENDING || c.attempts != attempt.number()) {
            return;
        }
        c.updatedAt = Clocks.now(clock);
        if (outcome.succeeded()) {
            succeeded(c, outcome);
        } else {
            c.status = Charge.Status.FAILED;
            c.failureCode = outcome.declineCode();
            charges.settleAttempt(c.id, c.attempts, "FAILED", outcome.declineCode(), null);
            practices.releaseFeeWaiver(c.practiceId, c.waiverAppliedCents);
            applyWaiver(c, 0);
        }
        audit.recordSystemOrCaller(
                c.practiceId, c.attempts == 1 ? AuditAction.CREATE : AuditAction.UPDATE, ChargeService.RESOURCE, c.id);
        events.record(
                c.practiceId,
                c.status == Charge.Status.SUCCEEDED ? EventType.CHARGE_SUCCEEDED : EventType.CHARGE_FAILED,
                c.id);
    }

    private void succeeded(Charge c, ChargeOutcome outcome) {
        c.status = Charge.Status.SUCCEEDED;
        c.failureCode = null;
        c.processorChargeId = outcome.processorChargeId();
        charges.settleAttempt(c.id, c.attempts, "SUCCEEDED", null, outcome.processorChargeId());
        ledger.post(ChargePostings.charge(c, ledger.today()));
        if (c.kind == ChargeKind.SESSION && c.paymentType != PaymentType.SELF_PAY) {
            claims.fileForCharge(filing(c));
        }
    }

    /** A definite outage: nothing was charged, so nothing of this attempt is kept. */
    private void abandon(Attempt attempt) {
        Charge c = charges.lockAcrossPractices(attempt.chargeId());
        if (c.status != Charge.Status.PENDING || c.attempts != attempt.number()) {
            return;
        }
        practices.releaseFeeWaiver(c.practiceId, c.waiverAppliedCents);
        charges.deleteAttempt(c.id, c.attempts);
        if (c.attempts == 1) {
            charges.delete(c);
            return;
        }
        // a retry: back to the failed charge it was
        c.attempts -= 1;
        ChargeRepository.AttemptRecord previous = charges.attempt(c.id, c.attempts);
        c.status = Charge.Status.FAILED;
        c.failureCode = previous.failureCode();
        c.paymentMethodId = previous.paymentMethodId();
        applyWaiver(c, 0);
    }

    /** Sets the referral credit a charge uses, and the processing fee and net that follow from it. */
    static void applyWaiver(Charge c, long waivedCents) {
        Money fee = c.sessionFee();
        Money processing = Fees.processingFee(fee, Money.of(waivedCents, c.currency));
        c.waiverAppliedCents = waivedCents;
        c.processingFeeCents = processing.cents();
        c.netCents = fee.minus(processing).cents();
    }

    private static ClaimFiling filing(Charge c) {
        return new ClaimFiling(
                c.practiceId,
                c.clientId,
                c.id,
                c.paymentType.name(),
                c.kind.name(),
                c.clinicianId,
                c.appointmentDate,
                c.cptCode,
                c.diagnoses,
                c.sessionFeeCents,
                c.currency,
                c.estimatedAllowedCents,
                c.estimatedReimbursementCents,
                c.advanceCents,
                c.clientFeeCents,
                c.processorChargeId);
    }
}
