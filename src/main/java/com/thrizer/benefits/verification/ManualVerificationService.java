package com.thrizer.benefits.verification;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.benefits.domain.BenefitCheckService;
import com.thrizer.benefits.domain.BenefitsClients;
import com.thrizer.benefits.eligibility.VerifiedBenefits;
import com.thrizer.benefits.persistence.BenefitCheck;
import com.thrizer.benefits.persistence.BenefitCheckRepository;
import com.thrizer.benefits.persistence.ManualVerification;
import com.thrizer.benefits.persistence.ManualVerificationRepository;
import com.thrizer.events.domain.EventObjectRenderer;
import com.thrizer.events.domain.EventService;
import com.thrizer.events.domain.EventType;
import com.thrizer.insurance.InsuranceService;
import com.thrizer.shared.crypto.DataEncryptor;
import com.thrizer.shared.error.ConstraintProblems;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Manual benefit verification (DOMAIN.md section 3): requested by the practice or the client for a check,
 * {@code REQUESTED -> IN_REVIEW -> COMPLETED | UNABLE_TO_VERIFY}. Completion creates a new benefit check with source
 * {@code MANUAL_VERIFICATION} and confidence {@code HIGH}, linked from the request ({@code resultBenefitCheckId}). The
 * check the request is for keeps the status the payer answered with: the request carries its own.
 */
@ApplicationScoped
@Transactional
public class ManualVerificationService {
    public static final String RESOURCE = "MANUAL_VERIFICATION";

    private final ManualVerificationRepository verifications;
    private final BenefitCheckRepository checks;
    private final BenefitCheckService benefitChecks;
    private final BenefitsClients clients;
    private final InsuranceService insurance;
    private final DataEncryptor encryptor;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;
    private final EventService events;

    ManualVerificationService(
            ManualVerificationRepository verifications,
            BenefitCheckRepository checks,
            BenefitCheckService benefitChecks,
            BenefitsClients clients,
            InsuranceService insurance,
            DataEncryptor encryptor,
            CallerContext callers,
            AuditTrail audit,
            Clock clock,
            EventService events) {
        this.events = events;
        this.verifications = verifications;
        this.checks = checks;
        this.benefitChecks = benefitChecks;
        this.clients = clients;
        this.insurance = insurance;
        this.encryptor = encryptor;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Requests a verification of a check the caller may see (practice user) or owns (client). */
    public ManualVerificationView request(UUID benefitCheckId, ManualVerificationInput input) {
        BenefitCheck check = verifiableCheck(benefitCheckId);
        checks.lockName("manual_verifications:" + check.id);
        if (verifications.openFor(check.id).isPresent()) {
            throw ConstraintProblems.MANUAL_VERIFICATION_OPEN.exception();
        }
        ManualVerification v = newRequest(check, input, Clocks.now(clock));
        verifications.insert(check.practiceId, v);
        audit.record(check.practiceId, AuditAction.CREATE, RESOURCE, v.id);
        return ManualVerificationView.of(v);
    }

    /** The check the caller may see (practice user) or owns (client); 422 when it has no client record. */
    private BenefitCheck verifiableCheck(UUID benefitCheckId) {
        BenefitCheck check;
        if (benefitChecks.actsForPractice()) {
            check = checks.getById(benefitCheckId);
            clients.visible(check.clientId);
        } else {
            ClientScope scope = callers.clientScope();
            check = checks.getOwn(scope, benefitCheckId);
        }
        if (check.clientId == null) {
            throw new RuleViolationException(
                    "manual_verification_unavailable", "This estimate is not linked to a client record.");
        }
        return check;
    }

    private ManualVerification newRequest(BenefitCheck check, ManualVerificationInput input, Instant now) {
        Set<String> sides = insurance.cardSidesFor(check.practiceId, check.clientId);
        ManualVerification v = new ManualVerification();
        v.id = UUID.randomUUID();
        v.createdAt = now;
        v.updatedAt = now;
        v.clientId = check.clientId;
        v.benefitCheckId = check.id;
        v.status = ManualVerification.Status.REQUESTED;
        v.dateOfBirth = input.dateOfBirth();
        if (input.correctedMemberId() != null) {
            String member = input.correctedMemberId().trim().toUpperCase(Locale.ROOT);
            v.correctedMemberIdEncrypted = encryptor.encrypt(member);
            v.correctedMemberIdLast4 = member.substring(Math.max(0, member.length() - 4));
        }
        v.note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().trim();
        v.cardFront = sides.contains("FRONT");
        v.cardBack = sides.contains("BACK");
        v.requestedBy = callers.caller().actorId();
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ManualVerificationView> list(ManualVerification.Status status, PageRequest page) {
        return verifications.pageAcrossPractices(status, page).map(ManualVerificationView::of);
    }

    public ManualVerificationView startReview(UUID id) {
        ManualVerification v = verifications.getForUpdateAcrossPractices(id);
        if (v.status != ManualVerification.Status.REQUESTED) {
            throw notOpen(
                    v.status == ManualVerification.Status.IN_REVIEW
                            ? "This request is already in review."
                            : "This request is closed.");
        }
        v.status = ManualVerification.Status.IN_REVIEW;
        return ManualVerificationView.of(changed(v));
    }

    /** Records the verified benefits as a new check (source MANUAL_VERIFICATION, confidence HIGH). */
    public ManualVerificationView complete(UUID id, VerifiedBenefits values) {
        validate(values);
        ManualVerification v = open(id);
        BenefitCheck original = checks.getAcrossPractices(v.benefitCheckId);
        BenefitCheck check = verifiedCheck(original, values, Clocks.now(clock));
        check.createdBy = callers.caller().actorId();
        checks.insert(original.practiceId, check);
        audit.record(original.practiceId, AuditAction.CREATE, BenefitCheckService.RESOURCE, check.id);
        v.status = ManualVerification.Status.COMPLETED;
        v.resultBenefitCheckId = check.id;
        changed(v);
        events.record(original.practiceId, EventType.BENEFIT_CHECK_COMPLETED, check.id);
        events.record(v.practiceId, EventType.MANUAL_VERIFICATION_COMPLETED, v.id);
        return ManualVerificationView.of(v);
    }

    /** The original check with the verified benefits in place of what the payer answered. */
    private static BenefitCheck verifiedCheck(BenefitCheck original, VerifiedBenefits values, Instant now) {
        BenefitCheck check = new BenefitCheck();
        check.id = UUID.randomUUID();
        check.createdAt = now;
        check.clientId = original.clientId;
        check.insurancePolicyId = original.insurancePolicyId;
        check.insurerId = original.insurerId;
        check.insurerName = original.insurerName;
        check.cptCode = original.cptCode;
        check.sessionFeeCents = original.sessionFeeCents;
        check.currency = original.currency;
        check.status = BenefitCheck.Status.COMPLETE;
        check.coverageActive = values.coverageActive();
        check.oonBenefits = values.oonBenefits() ? BenefitCheck.Oon.YES : BenefitCheck.Oon.NO;
        check.planYearStart = original.planYearStart;
        check.planYearEnd = values.planYearEnd() != null ? values.planYearEnd() : original.planYearEnd;
        check.deductibleTotalCents = values.deductibleTotalCents();
        check.deductibleRemainingCents = values.deductibleRemainingCents();
        check.deductibleMetCents = values.deductibleTotalCents() - values.deductibleRemainingCents();
        check.oopTotalCents = values.oopTotalCents();
        check.oopRemainingCents = values.oopRemainingCents();
        check.coinsuranceBps = values.coinsuranceBps();
        check.allowedCents = values.allowedCents();
        check.source = BenefitCheck.Source.MANUAL_VERIFICATION;
        check.confidence = BenefitCheck.Confidence.HIGH;
        check.checkedAt = now;
        check.staleAfter = BenefitCheckService.staleAfter(now, check.planYearEnd);
        check.insuranceUpdatedAt = original.insuranceUpdatedAt;
        return check;
    }

    /** A verification request as an event shows it (404 when not the practice's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ManualVerificationView eventView(UUID practiceId, UUID id) {
        return ManualVerificationView.of(
                EventObjectRenderer.inPractice(verifications.findAcrossPractices(id), practiceId));
    }

    public ManualVerificationView unableToVerify(UUID id, String reason) {
        if (reason.isBlank()) {
            throw ValidationException.of("reason", "required", "must not be blank");
        }
        ManualVerification v = open(id);
        v.status = ManualVerification.Status.UNABLE_TO_VERIFY;
        v.reason = reason.trim();
        changed(v);
        events.record(v.practiceId, EventType.MANUAL_VERIFICATION_COMPLETED, v.id);
        return ManualVerificationView.of(v);
    }

    private ManualVerification open(UUID id) {
        ManualVerification v = verifications.getForUpdateAcrossPractices(id);
        if (!v.status.isOpen()) {
            throw notOpen("This request is closed.");
        }
        return v;
    }

    private ManualVerification changed(ManualVerification v) {
        v.updatedAt = Clocks.now(clock);
        v.reviewedBy = callers.caller().actorId();
        audit.record(v.practiceId, AuditAction.UPDATE, RESOURCE, v.id);
        return v;
    }

    private static RuleViolationException notOpen(String detail) {
        return new RuleViolationException("manual_verification_not_open", detail);
    }

    private static void validate(VerifiedBenefits values) {
        List<FieldError> errors = new ArrayList<>();
        if (values.deductibleRemainingCents() > values.deductibleTotalCents()) {
            errors.add(new FieldError(
                    "deductibleRemainingAmount", "out_of_range", "must not exceed deductibleTotalAmount"));
        }
        if ((values.oopTotalCents() == null) != (values.oopRemainingCents() == null)) {
            errors.add(new FieldError(
                    "outOfPocketRemainingAmount",
                    "required",
                    "send both outOfPocketTotalAmount and outOfPocketRemainingAmount, or neither"));
        } else if (values.oopTotalCents() != null && values.oopRemainingCents() > values.oopTotalCents()) {
            errors.add(new FieldError(
                    "outOfPocketRemainingAmount", "out_of_range", "must not exceed outOfPocketTotalAmount"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
