package com.thrizer.claims.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.banking.BankAccountService;
import com.thrizer.benefits.domain.BenefitCheckService;
import com.thrizer.benefits.domain.ClaimOutcome;
import com.thrizer.claims.persistence.Claim;
import com.thrizer.claims.persistence.ClaimRepository;
import com.thrizer.claims.persistence.Reimbursement;
import com.thrizer.claims.persistence.ReimbursementRepository;
import com.thrizer.clearinghouse.ClaimStatusAnswer;
import com.thrizer.events.domain.EventService;
import com.thrizer.events.domain.EventType;
import com.thrizer.ledger.LedgerService;
import com.thrizer.ledger.Posting;
import com.thrizer.shared.error.ConflictException;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A claim's decision, from the payer (through the claims job) or posted by an operator from an EOB, and what follows
 * it exactly once, under the claim's row lock: the status and result, the ledger posting of where the money goes
 * ({@link ClaimRouting}), the reimbursements owed to the client, and what the client's benefits learn. A second
 * posting of the same decision answers the claim as it is; a different one is refused.
 */
@ApplicationScoped
@Transactional
public class ClaimDecisions {
    private static final Logger LOG = Logger.getLogger(ClaimDecisions.class);

    private final ClaimRepository claims;
    private final ClaimService service;
    private final ReimbursementRepository reimbursements;
    private final BankAccountService bankAccounts;
    private final LedgerService ledger;
    private final BenefitCheckService benefits;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;
    private final EventService events;
    private final ChargeRefunds chargeRefunds;

    ClaimDecisions(
            ClaimRepository claims,
            ClaimService service,
            ReimbursementRepository reimbursements,
            BankAccountService bankAccounts,
            LedgerService ledger,
            BenefitCheckService benefits,
            CallerContext callers,
            AuditTrail audit,
            Clock clock,
            EventService events,
            ChargeRefunds chargeRefunds) {
        this.events = events;
        this.chargeRefunds = chargeRefunds;
        this.claims = claims;
        this.service = service;
        this.reimbursements = reimbursements;
        this.bankAccounts = bankAccounts;
        this.ledger = ledger;
        this.benefits = benefits;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The EOB values of a decision (cents). */
    public record Adjudication(
            boolean approved,
            long allowedCents,
            long deductibleCents,
            long coinsuranceCents,
            long paidCents,
            String payerClaimNumber,
            LocalDate decisionDate,
            String denialReason) {}

    /** Operators: posts a decision on a claim of any practice. */
    public ClaimView adjudicate(UUID claimId, Adjudication a) {
        validate(a);
        Claim claim = claims.lockAcrossPractices(claimId);
        if (claim.decision != null) {
            if (!sameDecision(claim, a)) {
                throw new ConflictException(
                        "claim_already_decided",
                        "This claim already has a different decision; it cannot be decided again.");
            }
            audit.record(claim.practiceId, AuditAction.READ, ClaimService.RESOURCE, claim.id);
            return service.withHistory(claim);
        }
        if (claim.status == Claim.Status.VOIDED) {
            throw new ConflictException("claim_voided", "This claim was voided (its charge was refunded in full).");
        }
        if (refundInFlight(claim)) {
            throw new ConflictException(
                    "claim_refund_in_progress",
                    "A full refund of this claim's charge is in progress; the claim will be voided.");
        }
        String inconsistency = inconsistency(claim, a);
        if (inconsistency != null) {
            throw new RuleViolationException("adjudication_amounts_inconsistent", inconsistency, "paidAmount");
        }
        decide(
                claim,
                a,
                Claim.DecisionSource.OPERATOR,
                ClaimStatusChange.Actor.OPERATOR,
                callers.caller().actorId());
        audit.record(claim.practiceId, AuditAction.UPDATE, ClaimService.RESOURCE, claim.id);
        return service.withHistory(claim);
    }

    /**
     * Under the claim's row lock, which a refund takes before its charge's: whether a full refund of the charge is
     * reserved (its settlement voids the claim), so that the advance is never settled by both.
     */
    private boolean refundInFlight(Claim claim) {
        return claim.chargeId != null && chargeRefunds.fullRefundReserved(claim.chargeId);
    }

    /**
     * The claims job: the payer's decision on a claim the job holds locked. Returns false when it must wait: a full
     * refund of the claim's charge is reserved (the job asks again later; the refund voids the claim).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean recordPayerDecision(Claim claim, ClaimStatusAnswer answer) {
        if (refundInFlight(claim)) {
            LOG.infof("claim %s: a full refund of its charge is in flight; the decision waits", claim.id);
            return false;
        }
        Adjudication a = new Adjudication(
                answer.approved(),
                answer.allowedCents(),
                answer.deductibleCents(),
                answer.coinsuranceCents(),
                answer.paidCents(),
                answer.payerClaimNumber(),
                answer.decisionDate(),
                answer.denialReason());
        String inconsistency = inconsistency(claim, a);
        if (inconsistency != null) {
            // never route money on figures that do not add up: a person looks at it
            LOG.warnf("claim %s: the payer's amounts do not add up; moved to investigating", claim.id);
            service.move(
                    claim,
                    Claim.Status.INVESTIGATING,
                    ClaimStatusChange.Actor.SYSTEM,
                    null,
                    "payer_amounts_inconsistent");
            claim.nextAttemptAt = null;
            audit.recordSystem(claim.practiceId, AuditAction.UPDATE, ClaimService.RESOURCE, claim.id);
            events.record(claim.practiceId, EventType.CLAIM_STATUS_CHANGED, claim.id);
            return true;
        }
        decide(claim, a, Claim.DecisionSource.PAYER, ClaimStatusChange.Actor.PAYER, null);
        audit.recordSystem(claim.practiceId, AuditAction.UPDATE, ClaimService.RESOURCE, claim.id);
        return true;
    }

    private void validate(Adjudication a) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(Clocks.now(clock), ZoneOffset.UTC);
        if (a.decisionDate().isAfter(today.plusDays(1))) {
            errors.add(new FieldError("decisionDate", "future_date", "must not be in the future"));
        }
        if (a.approved() && a.denialReason() != null) {
            errors.add(new FieldError("denialReason", "not_allowed", "only for DENIED"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Why the amounts cannot be right, or null: approved = they add up to the allowed amount (at most the billed). */
    static String inconsistency(Claim claim, Adjudication a) {
        long parts = a.deductibleCents() + a.coinsuranceCents() + a.paidCents();
        if (!a.approved()) {
            return parts == 0 && a.allowedCents() == 0 ? null : "A denial pays nothing and applies nothing: send 0.";
        }
        long base = Math.min(a.allowedCents(), claim.billedCents);
        if (parts != base) {
            return "Deductible + coinsurance + paid (" + parts + ") must equal the allowed amount capped at the billed"
                    + " amount (" + base + ").";
        }
        return null;
    }

    private static boolean sameDecision(Claim c, Adjudication a) {
        return (c.decision == Claim.Decision.APPROVED) == a.approved()
                && Objects.equals(c.allowedCents, a.allowedCents())
                && Objects.equals(c.deductibleCents, a.deductibleCents())
                && Objects.equals(c.coinsuranceCents, a.coinsuranceCents())
                && Objects.equals(c.paidCents, a.paidCents());
    }

    static Claim.Result resultOf(Adjudication a) {
        if (!a.approved()) {
            return Claim.Result.DENIED;
        }
        if (a.paidCents() == 0) {
            return Claim.Result.APPLIED_TO_DEDUCTIBLE;
        }
        return a.deductibleCents() > 0 ? Claim.Result.PARTIALLY_REIMBURSED : Claim.Result.REIMBURSED;
    }

    private void decide(
            Claim claim, Adjudication a, Claim.DecisionSource source, ClaimStatusChange.Actor actor, UUID actorId) {
        Instant now = Clocks.now(clock);
        claim.decision = a.approved() ? Claim.Decision.APPROVED : Claim.Decision.DENIED;
        claim.decisionSource = source;
        claim.allowedCents = a.allowedCents();
        claim.deductibleCents = a.deductibleCents();
        claim.coinsuranceCents = a.coinsuranceCents();
        claim.paidCents = a.paidCents();
        claim.payerClaimNumber = a.payerClaimNumber();
        claim.decisionDate = a.decisionDate();
        claim.denialReason = a.denialReason();
        claim.decidedAt = now;
        claim.result = resultOf(a);
        claim.nextAttemptAt = null;
        service.move(
                claim,
                a.approved() ? Claim.Status.APPROVED : Claim.Status.DENIED,
                actor,
                actorId,
                a.approved() ? null : a.denialReason());

        ClaimRouting routing = ClaimRouting.of(claim, a.approved(), a.paidCents());
        claim.routedClientCents = routing.clientCents();
        claim.routedFeeCents = routing.feeCents();
        claim.routedAdvanceCents = routing.advanceRepaidCents();
        claim.routedWriteOffCents = routing.writeOffCents();
        claim.routedFeeRefundCents = routing.feeRefundCents();
        Posting posting = routing.posting(claim, ledger.today());
        if (posting != null) {
            ledger.post(posting);
        }
        if (routing.clientCents() > 0) {
            boolean hasAccount = bankAccounts
                    .reimbursementDestination(claim.practiceId, claim.clientId)
                    .isPresent();
            owe(claim, Reimbursement.Kind.REIMBURSEMENT, routing.clientCents(), hasAccount, now);
        }
        if (routing.feeRefundCents() > 0) {
            owe(claim, Reimbursement.Kind.FEE_REFUND, routing.feeRefundCents(), true, now);
        }
        if (a.approved()) {
            benefits.learnFromClaim(new ClaimOutcome(
                    claim.practiceId,
                    claim.clientId,
                    claim.cptCode,
                    claim.billedCents,
                    a.allowedCents(),
                    a.deductibleCents(),
                    a.deductibleCents() + a.coinsuranceCents(),
                    a.paidCents()));
        }
        events.record(claim.practiceId, claim.id, List.of(EventType.CLAIM_STATUS_CHANGED, EventType.CLAIM_ADJUDICATED));
    }

    private void owe(Claim claim, Reimbursement.Kind kind, long cents, boolean ready, Instant now) {
        Reimbursement r = new Reimbursement();
        r.id = UUID.randomUUID();
        r.createdAt = now;
        r.updatedAt = now;
        r.clientId = claim.clientId;
        r.claimId = claim.id;
        r.kind = kind;
        r.destination = kind == Reimbursement.Kind.FEE_REFUND
                ? Reimbursement.Destination.CARD
                : Reimbursement.Destination.BANK_ACCOUNT;
        r.status = ready ? Reimbursement.Status.PENDING : Reimbursement.Status.AWAITING_BANK_ACCOUNT;
        r.amountCents = cents;
        r.currency = claim.currency;
        reimbursements.insert(claim.practiceId, r);
    }
}
