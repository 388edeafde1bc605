package com.thrizer.benefits.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.benefits.eligibility.BenefitInterpretation;
import com.thrizer.benefits.persistence.BenefitCheck;
import com.thrizer.benefits.persistence.BenefitCheckRepository;
import com.thrizer.benefits.persistence.ManualVerificationRepository;
import com.thrizer.benefits.verification.VerificationLink;
import com.thrizer.billing.BenefitFigures;
import com.thrizer.billing.EstimateCalculator;
import com.thrizer.billing.ProjectedSession;
import com.thrizer.billing.SessionEstimate;
import com.thrizer.catalog.CatalogService;
import com.thrizer.catalog.KnownCptCode;
import com.thrizer.catalog.KnownInsurer;
import com.thrizer.events.domain.EventObjectRenderer;
import com.thrizer.events.domain.EventService;
import com.thrizer.events.domain.EventType;
import com.thrizer.insurance.InsuranceDetails;
import com.thrizer.insurance.InsuranceService;
import com.thrizer.shared.crypto.DataEncryptor;
import com.thrizer.shared.error.ConflictException;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.IdempotencyInUse;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import com.thrizer.team.domain.OfferedService;
import com.thrizer.team.domain.ServiceOfferingService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Benefit checks (DOMAIN.md section 3): asks the clearinghouse about a client's out-of-network mental-health
 * benefits, interprets the answer, adds the allowed amount (fee schedule, else a guess), and estimates sessions. A
 * check that does not complete is kept with its status and the next step (manual verification); it never reads as
 * "no coverage". A check's status is what the payer answered and never changes afterwards: a manual verification has
 * its own status, and its completion creates a new check. Checks go stale after 30 days, at the plan year's end, or
 * when the insurance changes.
 */
@ApplicationScoped
@Transactional
public class BenefitCheckService {
    public static final String RESOURCE = "BENEFIT_CHECK";
    static final Duration FRESH_FOR = Duration.ofDays(30);
    static final int DEFAULT_SESSIONS = 12;

    private final BenefitCheckRepository checks;
    private final BenefitsClients clients;
    private final InsuranceService insurance;
    private final ServiceOfferingService services;
    private final CatalogService catalog;
    private final PayerInquiries payer;
    private final AllowedAmounts allowedAmounts;
    private final ManualVerificationRepository verifications;
    private final DataEncryptor encryptor;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;
    private final EventService events;
    private final IdempotentRequests idempotency;

    BenefitCheckService(
            BenefitCheckRepository checks,
            BenefitsClients clients,
            InsuranceService insurance,
            ServiceOfferingService services,
            CatalogService catalog,
            PayerInquiries payer,
            AllowedAmounts allowedAmounts,
            ManualVerificationRepository verifications,
            DataEncryptor encryptor,
            CallerContext callers,
            AuditTrail audit,
            Clock clock,
            EventService events,
            IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.events = events;
        this.checks = checks;
        this.clients = clients;
        this.insurance = insurance;
        this.services = services;
        this.catalog = catalog;
        this.payer = payer;
        this.allowedAmounts = allowedAmounts;
        this.verifications = verifications;
        this.encryptor = encryptor;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Runs a check for a client the caller may see: reads and validates what the payer is asked in a short
     * transaction, asks the payer with no transaction open, then stores the answer in a transaction of its own (the
     * client must still be checkable then), in which {@code answer} also runs (it stores the request's answer with the
     * check: a retry with the same Idempotency-Key replays it and never asks the payer or stores a check again). If the
     * client's policy changed while the payer was asked, the payer is asked once more about the new one; if it changed
     * again, 409 {@code insurance_changed}. A run whose Idempotency-Key a retry took over stores nothing (409
     * {@code idempotency_key_in_use}): the retry stores its own check.
     */
    @Transactional(Transactional.TxType.NEVER)
    public <R> R create(UUID clientId, CheckTarget target, int sessions, Function<BenefitCheckView, R> answer) {
        Asked asked = QuarkusTransaction.requiringNew().call(() -> inquiryOf(clientId, target));
        Recorded<R> first = askAndRecord(clientId, asked, sessions, answer);
        if (first.changed() == null) {
            return first.answer();
        }
        Recorded<R> second = askAndRecord(clientId, first.changed(), sessions, answer);
        if (second.changed() != null) {
            throw new ConflictException(
                    "insurance_changed",
                    "The client's insurance changed while the payer was asked; run the check again.");
        }
        return second.answer();
    }

    /** What a check of a client asks the payer about, read and validated before the payer is asked. */
    private record Asked(Inquiry inquiry, String cptCode, Money fee) {}

    /** A stored check's answer, or (nothing stored) what to ask instead: the client's policy changed meanwhile. */
    private record Recorded<R>(R answer, Asked changed) {}

    private Asked inquiryOf(UUID clientId, CheckTarget target) {
        ClientFacts client = checkable(clientId);
        Resolved resolved = resolve(target);
        InsuranceDetails policy = policyOf(client);
        return new Asked(inquiry(client, policy), resolved.cptCode(), resolved.fee());
    }

    /** Asks the payer (no transaction open), then records the answer in a transaction of its own. */
    private <R> Recorded<R> askAndRecord(
            UUID clientId, Asked asked, int sessions, Function<BenefitCheckView, R> answer) {
        PayerInquiries.Answer payerAnswer = payer.ask(asked.inquiry(), asked.cptCode());
        return QuarkusTransaction.requiringNew().call(() -> recordFor(clientId, asked, payerAnswer, sessions, answer));
    }

    private <R> Recorded<R> recordFor(
            UUID clientId,
            Asked asked,
            PayerInquiries.Answer payerAnswer,
            int sessions,
            Function<BenefitCheckView, R> answer) {
        if (!idempotency.holdsClaim()) {
            throw new IdempotencyInUse();
        }
        ClientFacts client = checkable(clientId);
        InsuranceDetails policy = policyOf(client);
        if (!Objects.equals(policy.policyId(), asked.inquiry().policyId())
                || !Objects.equals(policy.updatedAt(), asked.inquiry().insuranceUpdatedAt())) {
            return new Recorded<>(null, new Asked(inquiry(client, policy), asked.cptCode(), asked.fee()));
        }
        BenefitCheck check = store(asked.inquiry(), asked.cptCode(), asked.fee(), payerAnswer);
        audit.record(AuditAction.CREATE, RESOURCE, check.id);
        events.record(asked.inquiry().practiceId(), EventType.BENEFIT_CHECK_COMPLETED, check.id);
        return new Recorded<>(answer.apply(view(check, sessions, policy.updatedAt())), null);
    }

    /** A client the caller may see and whose record is not read-only. */
    private ClientFacts checkable(UUID clientId) {
        ClientFacts client = clients.visible(clientId);
        if (client.removed()) {
            throw new RuleViolationException("client_removed", "This client was removed; their record is read-only.");
        }
        return client;
    }

    private InsuranceDetails policyOf(ClientFacts client) {
        return insurance
                .detailsFor(client.practiceId(), client.clientId())
                .orElseThrow(() -> new RuleViolationException(
                        "insurance_required", "The client has no insurance on file; link it first."));
    }

    private record Resolved(String cptCode, Money fee) {}

    private Resolved resolve(CheckTarget target) {
        boolean byService = target.serviceId() != null;
        boolean byCode = target.cptCode() != null || target.sessionFeeCents() != null;
        if (byService == byCode) {
            throw new ValidationException(List.of(new FieldError(
                    "serviceId", "invalid_combination", "send either serviceId, or cptCode with sessionFeeAmount")));
        }
        if (byService) {
            OfferedService service = services.get(target.serviceId());
            return new Resolved(service.cptCode(), service.rate());
        }
        if (target.cptCode() == null || target.sessionFeeCents() == null) {
            throw ValidationException.of(
                    target.cptCode() == null ? "cptCode" : "sessionFeeAmount",
                    "required",
                    "send cptCode and sessionFeeAmount");
        }
        Optional<KnownCptCode> code = catalog.cptCode(target.cptCode());
        if (code.isEmpty() || code.get().addOn()) {
            throw ValidationException.of(
                    "cptCode",
                    code.isEmpty() ? "unknown_cpt_code" : "add_on_code_not_allowed",
                    "must be a primary code");
        }
        return new Resolved(target.cptCode(), Money.usd(target.sessionFeeCents()));
    }

    /** Who and what a check asks the payer about: a client's policy, or a prospect's details (the widget). */
    record Inquiry(
            UUID practiceId,
            UUID clientId,
            UUID policyId,
            String insurerId,
            String insurerName,
            boolean insurerUsable,
            String memberId,
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            Instant insuranceUpdatedAt) {
        @Override
        public String toString() {
            return "Inquiry[" + practiceId + "]";
        }
    }

    /** What a check of a client asks the payer about: the subscriber of the client's policy. */
    private static Inquiry inquiry(ClientFacts client, InsuranceDetails policy) {
        return new Inquiry(
                client.practiceId(),
                client.clientId(),
                policy.policyId(),
                policy.insurerId(),
                policy.insurerName(),
                policy.insurerUsable(),
                policy.memberId(),
                policy.subscriberIsClient() ? client.firstName() : policy.subscriberFirstName(),
                policy.subscriberIsClient() ? client.lastName() : policy.subscriberLastName(),
                policy.subscriberIsClient() ? client.dateOfBirth() : policy.subscriberDateOfBirth(),
                policy.updatedAt());
    }

    /**
     * A check for a prospective client (the widget), first step: the same payer inquiry and interpretation, asked with
     * no transaction open. The member id is sent to the payer and never stored in clear.
     */
    @Transactional(Transactional.TxType.NEVER)
    public ProspectAnswer askProspect(ProspectInquiry p) {
        KnownInsurer insurer = catalog.insurer(p.insurerId()).orElse(null);
        Inquiry q = new Inquiry(
                p.practiceId(),
                null,
                null,
                insurer == null ? null : insurer.id(),
                insurer == null ? p.insurerId() : insurer.name(),
                insurer != null && !insurer.needsReview(),
                p.memberId(),
                p.firstName(),
                p.lastName(),
                p.dateOfBirth(),
                null);
        return new ProspectAnswer(p, q, payer.ask(q, p.cptCode()));
    }

    /** Second step, in the caller's transaction: the answer stored with its allowed amount, without a client record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProspectEstimate recordProspect(ProspectAnswer a, int sessions) {
        BenefitCheck check = store(a.inquiry, a.prospect.cptCode(), a.prospect.fee(), a.answer);
        BenefitCheckView view = view(check, sessions, null);
        return new ProspectEstimate(check.id, view);
    }

    /** Stores the payer's interpreted answer, with the allowed amount (fee schedule, else a guess). */
    private BenefitCheck store(Inquiry q, String cptCode, Money fee, PayerInquiries.Answer answer) {
        Instant now = Clocks.now(clock);
        BenefitCheck check = newCheck(q, cptCode, fee, now);
        apply(check, answer.result());
        check.source = BenefitCheck.Source.PAYER_ELECTRONIC;
        check.confidence = BenefitCheck.Confidence.LOW;
        if (check.isComplete() && check.oonBenefits == BenefitCheck.Oon.YES) {
            AllowedAmounts.Allowed allowed = allowedAmounts.of(check.insurerId, cptCode, fee);
            check.allowedCents = allowed.amount().cents();
            check.confidence = allowed.guessed() ? BenefitCheck.Confidence.LOW : BenefitCheck.Confidence.MEDIUM;
        }
        check.checkedAt = now;
        check.staleAfter = staleAfter(now, check.planYearEnd);
        check.insuranceUpdatedAt = q.insuranceUpdatedAt();
        check.rawResponseEncrypted = answer.raw() == null ? null : encryptor.encrypt(answer.raw());
        check.createdBy = callers.current().map(Caller::actorId).orElse(null);
        checks.insert(q.practiceId(), check);
        return check;
    }

    private static BenefitCheck newCheck(Inquiry q, String cptCode, Money fee, Instant now) {
        BenefitCheck check = new BenefitCheck();
        check.id = UUID.randomUUID();
        check.createdAt = now;
        check.clientId = q.clientId();
        check.insurancePolicyId = q.policyId();
        check.insurerId = q.insurerId();
        check.insurerName = q.insurerName();
        check.cptCode = cptCode;
        check.sessionFeeCents = fee.cents();
        check.currency = fee.currency();
        return check;
    }

    private static void apply(BenefitCheck check, BenefitInterpretation result) {
        check.status = result.status();
        check.failureReason = result.failureReason();
        check.coverageActive = result.coverageActive();
        check.oonBenefits = result.oon();
        check.planYearStart = result.planYearStart();
        check.planYearEnd = result.planYearEnd();
        check.deductibleTotalCents = result.deductibleTotalCents();
        check.deductibleRemainingCents = result.deductibleRemainingCents();
        check.deductibleMetCents = result.deductibleTotalCents() == null
                ? null
                : result.deductibleTotalCents() - result.deductibleRemainingCents();
        check.oopTotalCents = result.oopTotalCents();
        check.oopRemainingCents = result.oopRemainingCents();
        check.coinsuranceBps = result.coinsuranceBps();
    }

    /**
     * After an approved claim: a new check from claim history (source {@code CLAIM_HISTORY}), the client's latest
     * complete check with the deductible and out-of-pocket burnt down by the claim and the observed allowed amount.
     * Its confidence is {@code HIGH} once a claim of the client paid something (or the latest check already was);
     * otherwise {@code MEDIUM}. Nothing is learnt without a complete check with out-of-network benefits to start from.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> learnFromClaim(ClaimOutcome o) {
        Optional<BenefitCheck> latest = checks.latestOfClient(o.practiceId(), o.clientId())
                .filter(c -> c.figures() != null && c.oonBenefits == BenefitCheck.Oon.YES);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        BenefitCheck check = fromClaimHistory(latest.get(), o, Clocks.now(clock));
        checks.insert(o.practiceId(), check);
        audit.recordSystemOrCaller(o.practiceId(), AuditAction.CREATE, RESOURCE, check.id);
        events.record(o.practiceId(), EventType.BENEFIT_CHECK_COMPLETED, check.id);
        return Optional.of(check.id);
    }

    /** The latest complete check, carried over to a new check from the claim's history. */
    private static BenefitCheck fromClaimHistory(BenefitCheck from, ClaimOutcome o, Instant now) {
        BenefitCheck check = new BenefitCheck();
        check.id = UUID.randomUUID();
        check.createdAt = now;
        check.clientId = o.clientId();
        check.insurancePolicyId = from.insurancePolicyId;
        check.insurerId = from.insurerId;
        check.insurerName = from.insurerName;
        check.cptCode = o.cptCode();
        check.sessionFeeCents = o.billedCents();
        check.currency = from.currency;
        check.status = BenefitCheck.Status.COMPLETE;
        check.coverageActive = Boolean.TRUE;
        check.oonBenefits = BenefitCheck.Oon.YES;
        check.planYearStart = from.planYearStart;
        check.planYearEnd = from.planYearEnd;
        burnDown(check, from, o);
        check.source = BenefitCheck.Source.CLAIM_HISTORY;
        check.confidence = o.paidCents() > 0 || from.confidence == BenefitCheck.Confidence.HIGH
                ? BenefitCheck.Confidence.HIGH
                : BenefitCheck.Confidence.MEDIUM;
        check.checkedAt = now;
        check.staleAfter = staleAfter(now, check.planYearEnd);
        check.insuranceUpdatedAt = from.insuranceUpdatedAt;
        return check;
    }

    /** The figures of the latest check less what the claim used of the deductible and the out-of-pocket maximum. */
    private static void burnDown(BenefitCheck check, BenefitCheck from, ClaimOutcome o) {
        check.deductibleTotalCents = from.deductibleTotalCents;
        check.deductibleRemainingCents = Math.max(0, from.deductibleRemainingCents - o.deductibleCents());
        check.deductibleMetCents = from.deductibleTotalCents == null
                ? null
                : Math.max(0, from.deductibleTotalCents - check.deductibleRemainingCents);
        check.oopTotalCents = from.oopTotalCents;
        check.oopRemainingCents =
                from.oopRemainingCents == null ? null : Math.max(0, from.oopRemainingCents - o.clientShareCents());
        check.coinsuranceBps = from.coinsuranceBps;
        check.allowedCents = o.allowedCents();
    }

    /** 30 days after the check, or the end of the plan year if sooner. */
    public static Instant staleAfter(Instant checkedAt, LocalDate planYearEnd) {
        Instant in30Days = checkedAt.plus(FRESH_FOR);
        if (planYearEnd == null) {
            return in30Days;
        }
        Instant yearEnd = planYearEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return yearEnd.isBefore(in30Days) ? yearEnd : in30Days;
    }

    public Page<BenefitCheckView> list(UUID clientId, PageRequest page) {
        ClientFacts client = clients.visible(clientId);
        Page<BenefitCheckView> result = pageOf(client, page);
        audit.recordReads(
                RESOURCE, result.data().stream().map(v -> v.check().id()).toList());
        return result;
    }

    public Page<BenefitCheckView> listOwn(ClientScope scope, PageRequest page) {
        ClientFacts client = clients.own(scope);
        Page<BenefitCheckView> result = pageOf(client, page);
        result.data()
                .forEach(v -> audit.record(
                        scope.practiceId(),
                        AuditAction.READ,
                        RESOURCE,
                        v.check().id()));
        return result;
    }

    private Page<BenefitCheckView> pageOf(ClientFacts client, PageRequest page) {
        Instant insuranceUpdated = insuranceUpdatedAt(client);
        return checks.pageOfClient(client.practiceId(), client.clientId(), page).map(c -> view(c, 0, insuranceUpdated));
    }

    /**
     * One check, for practice callers (clinicians: their clients'). Clients read theirs through {@link #listOwn}: like
     * every practice endpoint, this one is not theirs.
     */
    public BenefitCheckView get(UUID id, int sessions) {
        BenefitCheck check = checks.getById(id);
        ClientFacts client = clients.visible(check.clientId);
        audit.record(AuditAction.READ, RESOURCE, check.id);
        return view(check, sessions, insuranceUpdatedAt(client));
    }

    /** Whether the caller acts as a practice user (rather than as a client on their own record). */
    public boolean actsForPractice() {
        Caller caller = callers.caller();
        return caller.practiceId() != null && !caller.scopes().isEmpty();
    }

    /**
     * The client's current benefits, for eligibility, quotes and estimates: their newest check, whatever its status
     * and whatever verification it has. A verification under way leaves the check it is for current (not complete);
     * its completion adds a newer check, which becomes current; one that cannot verify adds nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BenefitCheckFacts> latest(ClientFacts client) {
        return checks.latestOfClient(client.practiceId(), client.clientId()).map(BenefitCheckFacts::of);
    }

    /** Whether a check is stale now. */
    public boolean isStale(BenefitCheckFacts check, ClientFacts client) {
        return stale(check, insuranceUpdatedAt(client));
    }

    private Instant insuranceUpdatedAt(ClientFacts client) {
        return insurance
                .detailsFor(client.practiceId(), client.clientId())
                .map(InsuranceDetails::updatedAt)
                .orElse(null);
    }

    private boolean stale(BenefitCheckFacts check, Instant insuranceUpdatedAt) {
        boolean expired = Clocks.now(clock).isAfter(check.staleAfter());
        boolean insuranceChanged = insuranceUpdatedAt != null
                && check.insuranceUpdatedAt() != null
                && insuranceUpdatedAt.isAfter(check.insuranceUpdatedAt());
        return expired || insuranceChanged;
    }

    /** Estimate figures of a complete check for another CPT code and fee (the allowed amount is per code). */
    public BenefitFigures figuresFor(BenefitCheckFacts check, String cptCode, Money fee) {
        BenefitFigures figures = check.figures();
        if (figures == null || cptCode == null || cptCode.equals(check.cptCode())) {
            return figures;
        }
        return figures.withAllowed(
                allowedAmounts.of(check.insurerId(), cptCode, fee).amount());
    }

    BenefitCheckView view(BenefitCheck row, int sessions, Instant insuranceUpdatedAt) {
        BenefitCheckFacts check = BenefitCheckFacts.of(row);
        BenefitFigures figures = check.figures();
        SessionEstimate estimate = figures == null ? null : EstimateCalculator.estimate(check.sessionFee(), figures);
        var projection = figures == null || sessions <= 0
                ? List.<ProjectedSession>of()
                : EstimateCalculator.projection(check.sessionFee(), figures, sessions);
        VerificationLink latest =
                VerificationLink.of(verifications.latestFor(check.id()).orElse(null));
        return new BenefitCheckView(check, stale(check, insuranceUpdatedAt), estimate, projection, latest);
    }

    /** A check of a practice as its API answers it (default projection), for events: no caller needed. */
    public BenefitCheckView practiceView(UUID practiceId, UUID id) {
        BenefitCheck check = EventObjectRenderer.inPractice(checks.getAcrossPractices(id), practiceId);
        ClientFacts client = clients.inPractice(practiceId, check.clientId);
        return view(check, DEFAULT_SESSIONS, insuranceUpdatedAt(client));
    }

    /** A check with the payer's raw answer, decrypted (operators only). */
    public record AdminView(BenefitCheckView view, String rawAnswer) {}

    /** Operators: a check of any practice, with the payer's raw answer. Audited in the check's practice. */
    public AdminView adminView(UUID id) {
        BenefitCheck check = checks.getAcrossPractices(id);
        audit.record(check.practiceId, AuditAction.READ, RESOURCE, check.id);
        ClientFacts client = clients.inPractice(check.practiceId, check.clientId);
        String raw = check.rawResponseEncrypted == null ? null : encryptor.decrypt(check.rawResponseEncrypted);
        return new AdminView(view(check, 0, insuranceUpdatedAt(client)), raw);
    }

    public static int sessions(Integer requested) {
        return requested == null ? DEFAULT_SESSIONS : requested;
    }
}
