package com.thrizer.claims.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.benefits.domain.BenefitsClients;
import com.thrizer.benefits.domain.ClientFacts;
import com.thrizer.claims.clientclaims.ClaimDocument;
import com.thrizer.claims.persistence.Claim;
import com.thrizer.claims.persistence.ClaimRepository;
import com.thrizer.events.domain.EventObjectRenderer;
import com.thrizer.events.domain.EventService;
import com.thrizer.events.domain.EventType;
import com.thrizer.insurance.InsuranceDetails;
import com.thrizer.insurance.InsuranceService;
import com.thrizer.practices.PracticeService;
import com.thrizer.shared.crypto.DataEncryptor;
import com.thrizer.shared.error.ConflictException;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import com.thrizer.team.domain.Provider;
import com.thrizer.team.domain.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Claims (DOMAIN.md section 7): filed for OON Pay and Thrizer Pay session charges with the provider, patient and
 * insurance blocks as they were, read by the practice (clinicians: their own) and by the client, moved between
 * processing and investigating by operators. Decisions and their money are {@link ClaimDecisions}; submission and
 * polling are {@link ClaimsJob}.
 */
@ApplicationScoped
@Transactional
public class ClaimService {
    public static final String RESOURCE = "CLAIM";
    /** Claims undecided this long after filing move to INVESTIGATING (the help center's "4 to 6 weeks"). */
    static final int DECISION_EXPECTED_WITHIN_DAYS = 42;

    static final String OVERDUE_REASON = "no_decision_after_42_days";

    private final ClaimRepository claims;
    private final BenefitsClients clients;
    private final InsuranceService insurance;
    private final TeamService team;
    private final PracticeService practices;
    private final DataEncryptor encryptor;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;
    private final EventService events;

    ClaimService(
            ClaimRepository claims,
            BenefitsClients clients,
            InsuranceService insurance,
            TeamService team,
            PracticeService practices,
            DataEncryptor encryptor,
            CallerContext callers,
            AuditTrail audit,
            Clock clock,
            EventService events) {
        this.events = events;
        this.claims = claims;
        this.clients = clients;
        this.insurance = insurance;
        this.team = team;
        this.practices = practices;
        this.encryptor = encryptor;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The patient and insurance blocks of a claim, as they are now. */
    public record PatientBlocks(ClientFacts patient, InsuranceDetails insurance) {}

    /**
     * Refuses (422, before any money moves) a charge whose claim could not be complete: the provider's NPI, the
     * practice's tax id, the patient's date of birth and the insurance are required. Diagnoses and the service are
     * checked by the charge itself.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireFileable(UUID practiceId, UUID clientId, UUID providerId) {
        provider(practiceId, providerId);
        tinOf(practiceId);
        patientBlocks(practiceId, clientId);
    }

    private Provider provider(UUID practiceId, UUID providerId) {
        Provider provider = team.inPractice(practiceId, providerId)
                .orElseThrow(() -> new IllegalStateException("provider of record not in the practice"));
        if (provider.npi() == null || provider.npi().isBlank()) {
            throw new RuleViolationException(
                    "clinician_npi_required", "The provider of record needs an NPI on file.", "clinicianId");
        }
        return provider;
    }

    private String tinOf(UUID practiceId) {
        String tin = practices.tinOf(practiceId);
        if (tin == null || tin.isBlank()) {
            throw new RuleViolationException(
                    "practice_tin_required",
                    "Claims need the practice's tax id (TIN): set it with PATCH /v1/practice.",
                    "practice.tin");
        }
        return tin;
    }

    /** The client's date of birth and insurance, required on every claim (422 otherwise). */
    public PatientBlocks patientBlocks(UUID practiceId, UUID clientId) {
        ClientFacts patient = clients.inPractice(practiceId, clientId);
        if (patient.dateOfBirth() == null) {
            throw new RuleViolationException(
                    "client_date_of_birth_required",
                    "Claims need the client's date of birth: add it to the client first.",
                    "clientId");
        }
        InsuranceDetails policy = insurance
                .detailsFor(practiceId, clientId)
                .orElseThrow(() -> new RuleViolationException(
                        "insurance_required", "The client has no insurance on file; link it first.", "clientId"));
        return new PatientBlocks(patient, policy);
    }

    /** Files the claim of a succeeded charge, in the charge's transaction (exactly one per charge): its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID fileForCharge(ClaimFiling f) {
        Provider provider = provider(f.practiceId(), f.providerId());
        Claim claim = newClaim(Claim.Source.CHARGE, f.clientId(), patientBlocks(f.practiceId(), f.clientId()));
        claim.chargeId = f.chargeId();
        claim.paymentType = f.paymentType();
        claim.chargeKind = f.chargeKind();
        claim.providerId = f.providerId();
        claim.serviceDate = f.serviceDate();
        claim.cptCode = f.cptCode();
        claim.diagnoses = f.diagnoses();
        claim.billedCents = f.billedCents();
        claim.currency = f.currency();
        claim.estimatedAllowedCents = f.estimatedAllowedCents();
        claim.estimatedReimbursementCents = f.estimatedReimbursementCents();
        claim.advanceCents = f.advanceCents();
        claim.clientFeeCents = f.clientFeeCents();
        claim.processorChargeId = f.processorChargeId();
        claim.providerName = provider.fullName();
        claim.providerNpi = provider.npi();
        claim.providerTin = tinOf(f.practiceId());
        insertNew(f.practiceId(), claim);
        return claim.id;
    }

    /** A new PROCESSING claim with the patient and insurance blocks, due for submission now. */
    public Claim newClaim(Claim.Source source, UUID clientId, PatientBlocks b) {
        Instant now = Clocks.now(clock);
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.createdAt = now;
        claim.updatedAt = now;
        claim.clientId = clientId;
        claim.source = source;
        claim.status = Claim.Status.PROCESSING;
        claim.patientFirstName = b.patient().firstName();
        claim.patientLastName = b.patient().lastName();
        claim.patientDateOfBirth = b.patient().dateOfBirth();
        claim.insurerId = b.insurance().insurerId();
        claim.insurerName = b.insurance().insurerName();
        claim.memberIdEncrypted = encryptor.encrypt(b.insurance().memberId());
        claim.memberIdLast4 = last4(b.insurance().memberId());
        claim.nextAttemptAt = now;
        claim.expectedDecisionBy = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(DECISION_EXPECTED_WITHIN_DAYS);
        return claim;
    }

    /** Stores a new claim with its first status, audited (the caller's or the system's action). */
    public void insertNew(UUID practiceId, Claim claim) {
        claims.insert(practiceId, claim);
        claims.insertHistory(
                claim,
                claim.source == Claim.Source.CHARGE ? ClaimStatusChange.Actor.SYSTEM : ClaimStatusChange.Actor.USER,
                claim.source == Claim.Source.CHARGE
                        ? null
                        : callers.current().map(Caller::actorId).orElse(null),
                null,
                claim.createdAt);
        audit.recordSystemOrCaller(practiceId, AuditAction.CREATE, RESOURCE, claim.id);
        events.record(practiceId, EventType.CLAIM_CREATED, claim.id);
    }

    static String last4(String value) {
        return value.length() <= 4 ? value : value.substring(value.length() - 4);
    }

    // ---------- reads

    public Page<ClaimView> list(ClaimFilter filter, PageRequest page) {
        checkRanges(filter);
        Page<Claim> result = claims.list(filter, page);
        audit.recordReads(RESOURCE, result.data().stream().map(c -> c.id).toList());
        return views(result);
    }

    public ClaimView get(UUID id) {
        Claim claim = claims.getVisible(id);
        audit.record(AuditAction.READ, RESOURCE, claim.id);
        return withHistory(claim);
    }

    public Page<ClaimView> listOwn(ClientScope scope, ClaimFilter filter, PageRequest page) {
        checkRanges(filter);
        Page<Claim> result = claims.listOwn(scope, filter, page);
        result.data().forEach(c -> audit.record(scope.practiceId(), AuditAction.READ, RESOURCE, c.id));
        return views(result);
    }

    /** Whether the claim is one of the client's own (a reference to it, not a read: not audited). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOwn(ClientScope scope, UUID id) {
        return claims.isOwn(scope, id);
    }

    public ClaimView getOwn(ClientScope scope, UUID id) {
        Claim claim = claims.getOwn(scope, id);
        audit.record(scope.practiceId(), AuditAction.READ, RESOURCE, claim.id);
        return withHistory(claim);
    }

    /** Operators: claims of every practice (each read audited in its practice). */
    public Page<ClaimView> listAcrossPractices(Claim.Status status, PageRequest page) {
        Page<Claim> result = claims.listAcrossPractices(status, page);
        result.data().forEach(c -> audit.record(c.practiceId, AuditAction.READ, RESOURCE, c.id));
        return views(result);
    }

    public static void checkRanges(ClaimFilter f) {
        List<FieldError> errors = new ArrayList<>();
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            errors.add(new FieldError("from", "invalid_range", "must not be after 'to'"));
        }
        if (f.filedFrom() != null && f.filedTo() != null && f.filedFrom().isAfter(f.filedTo())) {
            errors.add(new FieldError("filedFrom", "invalid_range", "must not be after 'filedTo'"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A claim as its event shows it (any practice's row, checked to be the event's practice; not audited). */
    public ClaimView eventView(UUID practiceId, UUID id) {
        return withHistory(EventObjectRenderer.inPractice(claims.findAcrossPractices(id), practiceId));
    }

    ClaimView withHistory(Claim claim) {
        return ClaimView.of(
                claim,
                claims.history(claim.id),
                claims.documentInfo(List.of(claim.id)).get(claim.id));
    }

    private Page<ClaimView> views(Page<Claim> page) {
        Map<UUID, ClaimDocument.Info> documents =
                claims.documentInfo(page.data().stream().map(c -> c.id).toList());
        return page.map(c -> ClaimView.of(c, null, documents.get(c.id)));
    }

    /** Claim ids by charge id, for a page of charges the caller reached. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, UUID> claimIdsOfCharges(Collection<UUID> chargeIds) {
        return claims.ofCharges(chargeIds).stream().collect(Collectors.toMap(c -> c.chargeId, c -> c.id));
    }

    // ---------- status changes

    /** Operators: PROCESSING to INVESTIGATING (with a reason) and back; decided and voided claims stay as they are. */
    public ClaimView changeStatus(UUID claimId, Claim.Status to, String reason) {
        Claim claim = claims.lockAcrossPractices(claimId);
        boolean allowed = (claim.status == Claim.Status.PROCESSING && to == Claim.Status.INVESTIGATING)
                || (claim.status == Claim.Status.INVESTIGATING && to == Claim.Status.PROCESSING);
        if (!allowed) {
            throw new ConflictException(
                    "claim_status_transition_not_allowed", "A " + claim.status + " claim cannot move to " + to + ".");
        }
        Caller caller = callers.caller();
        move(claim, to, ClaimStatusChange.Actor.OPERATOR, caller.actorId(), reason.strip());
        audit.record(claim.practiceId, AuditAction.UPDATE, RESOURCE, claim.id);
        events.record(claim.practiceId, EventType.CLAIM_STATUS_CHANGED, claim.id);
        return withHistory(claim);
    }

    /** The claims job: a claim still processing on its expected decision date goes to investigating. */
    @Transactional(Transactional.TxType.MANDATORY)
    void flagOverdue(Claim claim) {
        move(claim, Claim.Status.INVESTIGATING, ClaimStatusChange.Actor.SYSTEM, null, OVERDUE_REASON);
        audit.recordSystem(claim.practiceId, AuditAction.UPDATE, RESOURCE, claim.id);
        events.record(claim.practiceId, EventType.CLAIM_STATUS_CHANGED, claim.id);
    }

    void move(Claim claim, Claim.Status to, ClaimStatusChange.Actor actor, UUID actorId, String reason) {
        Instant now = Clocks.now(clock);
        claim.status = to;
        claim.updatedAt = now;
        claims.insertHistory(claim, actor, actorId, reason, now);
    }

    /** A full refund before a decision voids the claim; a decided claim stays as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void voidForChargeIfUndecided(UUID chargeId) {
        claims.ofChargeForUpdate(chargeId).filter(Claim::undecided).ifPresent(c -> {
            UUID actor = callers.current().map(Caller::actorId).orElse(null);
            move(c, Claim.Status.VOIDED, ClaimStatusChange.Actor.USER, actor, "charge_fully_refunded");
            audit.recordSystemOrCaller(c.practiceId, AuditAction.UPDATE, RESOURCE, c.id);
            events.record(c.practiceId, EventType.CLAIM_STATUS_CHANGED, c.id);
        });
    }

    /**
     * Refunds: locks the charge's claim, if it has one, and tells whether it has a decision. Refunds and decisions
     * share one lock order, the claim's row before the charge's: a refund takes this lock before it locks the charge
     * (to reserve, and to settle), and a decision holds it while it checks that no full refund is reserved.
     */
    public boolean lockClaimOfCharge(UUID chargeId) {
        return claims.ofChargeForUpdate(chargeId).map(c -> c.decision != null).orElse(false);
    }

    List<ClaimStatusChange> history(UUID claimId) {
        return claims.history(claimId);
    }
}
