package com.thrizer.insurance;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.catalog.CatalogService;
import com.thrizer.catalog.InsurerMatch;
import com.thrizer.catalog.KnownInsurer;
import com.thrizer.shared.crypto.DataEncryptor;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A client's primary insurance. Only commercial plans with out-of-network benefits can use insurance workflows:
 * Medicare, Medicaid, Tricare and in-network-only plans are refused ({@code plan_not_supported}); Self-Pay still
 * works for those clients. The insurer is matched against the catalogue; unknown insurers are kept as entered and
 * flagged for Thrizer's review. The member id is encrypted at rest and never returned whole.
 */
@ApplicationScoped
@Transactional
public class InsuranceService {
    public static final String RESOURCE = "INSURANCE";
    private static final Pattern GOVERNMENT =
            Pattern.compile("\\b(medicare|medicaid|medi cal|tricare|champus|champva)\\b");

    private final InsuranceRepository policies;
    private final CatalogService catalog;
    private final DataEncryptor encryptor;
    private final AuditTrail audit;
    private final Clock clock;

    InsuranceService(
            InsuranceRepository policies,
            CatalogService catalog,
            DataEncryptor encryptor,
            AuditTrail audit,
            Clock clock) {
        this.policies = policies;
        this.catalog = catalog;
        this.encryptor = encryptor;
        this.audit = audit;
        this.clock = clock;
    }

    /** A client's insurance, for the practice (the caller checked it may see the client). */
    public InsuranceView forClient(UUID clientId) {
        InsurancePolicy policy = policies.ofClient(clientId).orElseThrow(InsuranceService::notFound);
        audit.record(AuditAction.READ, RESOURCE, policy.id);
        return view(policy);
    }

    public InsuranceView own(ClientScope scope) {
        InsurancePolicy policy = policies.own(scope).orElseThrow(InsuranceService::notFound);
        audit.record(scope.practiceId(), AuditAction.READ, RESOURCE, policy.id);
        return view(policy);
    }

    /** Links or replaces the client's primary insurance. Earlier benefit checks become stale (updatedAt). */
    public InsuranceView setOwn(ClientScope scope, InsuranceInput input) {
        validate(input);
        KnownInsurer matched = resolveInsurer(input.insurer());
        policies.lockClient(scope.clientId());
        InsurancePolicy policy = policies.own(scope).orElse(null);
        boolean created = policy == null;
        Instant now = Clocks.now(clock);
        if (created) {
            policy = new InsurancePolicy();
            policy.id = UUID.randomUUID();
            policy.createdAt = now;
        }
        applyInsurer(policy, matched, input.insurer());
        applyMember(policy, input);
        policy.updatedAt = now;
        if (created) {
            policies.persistOwn(scope, policy);
        }
        audit.record(scope.practiceId(), created ? AuditAction.CREATE : AuditAction.UPDATE, RESOURCE, policy.id);
        return view(policy);
    }

    /** The catalog's insurer when the name matched one; otherwise the name as typed, for Thrizer's team to review. */
    private static void applyInsurer(InsurancePolicy policy, KnownInsurer matched, String typedName) {
        if (matched != null) {
            policy.insurerId = matched.id();
            policy.insurerName = matched.name();
            policy.matchStatus = InsurancePolicy.MatchStatus.MATCHED;
            policy.needsReview = matched.needsReview();
        } else {
            policy.insurerId = null;
            policy.insurerName = typedName.trim();
            policy.matchStatus = InsurancePolicy.MatchStatus.NO_MATCH;
            policy.needsReview = true;
        }
    }

    private void applyMember(InsurancePolicy policy, InsuranceInput input) {
        String memberId = input.memberId().trim().toUpperCase(Locale.ROOT);
        policy.memberIdEncrypted = encryptor.encrypt(memberId);
        policy.memberIdLast4 = memberId.substring(Math.max(0, memberId.length() - 4));
        policy.groupNumber =
                input.groupNumber() == null ? null : input.groupNumber().trim();
        policy.planType = input.planType();
        policy.relationship = input.relationship();
        boolean self = input.relationship() == InsurancePolicy.Relationship.SELF;
        policy.subscriberFirstName = self ? null : input.subscriberFirstName().trim();
        policy.subscriberLastName = self ? null : input.subscriberLastName().trim();
        policy.subscriberDateOfBirth = self ? null : input.subscriberDateOfBirth();
    }

    /** Stores card images (front and/or back) for manual verification; replaces the sides sent. */
    public InsuranceView uploadOwnCardImages(ClientScope scope, List<CardImage> images) {
        if (images.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("front", "required", "send a front or a back image")));
        }
        List<FieldError> errors =
                images.stream().flatMap(i -> i.problem().stream()).collect(Collectors.toCollection(ArrayList::new));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        policies.lockClient(scope.clientId());
        InsurancePolicy policy = policies.own(scope)
                .orElseThrow(() -> new RuleViolationException(
                        "insurance_required", "Link your insurance before uploading card images."));
        Instant now = Clocks.now(clock);
        for (CardImage image : images) {
            policies.saveImage(
                    policy.id,
                    image.side(),
                    image.sniffedType().orElseThrow(),
                    image.content(),
                    now.atOffset(ZoneOffset.UTC));
        }
        policy.updatedAt = now;
        audit.record(scope.practiceId(), AuditAction.UPDATE, RESOURCE, policy.id);
        return view(policy);
    }

    /**
     * The policy of a client of an explicit practice, for an eligibility inquiry (member id decrypted), or empty
     * when none is linked. The caller has checked access to the client.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InsuranceDetails> detailsFor(UUID practiceId, UUID clientId) {
        return policies.inPractice(practiceId, clientId)
                .map(p -> new InsuranceDetails(
                        p.id,
                        p.insurerId,
                        p.insurerName,
                        p.matchStatus == InsurancePolicy.MatchStatus.MATCHED && !p.needsReview,
                        encryptor.decrypt(p.memberIdEncrypted),
                        p.relationship == InsurancePolicy.Relationship.SELF,
                        p.subscriberFirstName,
                        p.subscriberLastName,
                        p.subscriberDateOfBirth,
                        p.updatedAt));
    }

    /** Which card sides are on file for a client of an explicit practice. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> cardSidesFor(UUID practiceId, UUID clientId) {
        return policies.inPractice(practiceId, clientId)
                .map(p -> policies.imageSides(p.id))
                .orElse(Set.of());
    }

    private InsuranceView view(InsurancePolicy policy) {
        return InsuranceView.of(policy, policies.imageSides(policy.id));
    }

    private KnownInsurer resolveInsurer(String typed) {
        if (GOVERNMENT
                .matcher(typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " "))
                .find()) {
            throw planNotSupported();
        }
        InsurerMatch match = catalog.matchInsurer(typed);
        return switch (match.status()) {
            case MATCHED -> match.matched();
            case AMBIGUOUS ->
                throw new RuleViolationException(
                        "insurer_ambiguous",
                        "Several insurers match this name; choose one by its id from GET /v1/insurers?q=.",
                        "insurer");
            case NO_MATCH -> null;
        };
    }

    private static void validate(InsuranceInput input) {
        if (!"COMMERCIAL".equals(input.planType())) {
            throw planNotSupported();
        }
        List<FieldError> errors = new ArrayList<>();
        if (input.insurer().isBlank()) {
            errors.add(new FieldError("insurer", "required", "must not be blank"));
        }
        boolean self = input.relationship() == InsurancePolicy.Relationship.SELF;
        if (!self && !input.subscriberGiven()) {
            errors.add(
                    new FieldError("subscriber", "required", "is required when the client is not the policy holder"));
        }
        if (self && input.subscriberGiven()) {
            errors.add(new FieldError(
                    "subscriber", "not_allowed", "must be left out when the client is the policy holder"));
        }
        if (!self && input.subscriberGiven() && input.subscriberDateOfBirth().isAfter(LocalDate.now())) {
            errors.add(new FieldError("subscriber.dateOfBirth", "invalid_value", "must be in the past"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static RuleViolationException planNotSupported() {
        return new RuleViolationException(
                "plan_not_supported",
                "Medicare, Medicaid, Tricare and in-network-only plans cannot use insurance workflows; Self-Pay is"
                        + " still available.",
                "planType");
    }

    private static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException("insurance_not_found", "No insurance is linked.");
    }
}
