package com.thrizer.charges.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.benefits.domain.ClientFacts;
import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.PaymentType;
import com.thrizer.billing.SessionEstimate;
import com.thrizer.catalog.CatalogService;
import com.thrizer.charges.persistence.Charge;
import com.thrizer.charges.persistence.ChargeRepository;
import com.thrizer.claims.domain.ClaimService;
import com.thrizer.events.domain.EventObjectRenderer;
import com.thrizer.paymentmethods.PaymentMethodService;
import com.thrizer.paymentmethods.SavedCard;
import com.thrizer.practices.PracticeService;
import com.thrizer.quotes.PricedCharge;
import com.thrizer.quotes.QuoteService;
import com.thrizer.shared.crypto.Hashes;
import com.thrizer.shared.error.AccessDeniedException;
import com.thrizer.shared.error.FieldError;
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
import com.thrizer.shared.validation.Icd10;
import com.thrizer.team.domain.OfferedService;
import com.thrizer.team.domain.Provider;
import com.thrizer.team.domain.ServiceOfferingService;
import com.thrizer.team.domain.TeamService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Charges (DOMAIN.md section 6): validate, decide eligibility and price (the quote's code) before any money moves,
 * then charge the card through {@link ChargeSettlement}. A charge is unique by its request's Idempotency-Key, so a
 * retried request finds the charge its first run made, whatever became of that run.
 */
@ApplicationScoped
public class ChargeService {
    public static final String RESOURCE = "CHARGE";

    private final ChargeRepository charges;
    private final ChargeSettlement settlement;
    private final QuoteService quotes;
    private final TeamService team;
    private final ServiceOfferingService services;
    private final CatalogService catalog;
    private final PaymentMethodService cards;
    private final PracticeService practices;
    private final ClaimService claims;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    ChargeService(
            ChargeRepository charges,
            ChargeSettlement settlement,
            QuoteService quotes,
            TeamService team,
            ServiceOfferingService services,
            CatalogService catalog,
            PaymentMethodService cards,
            PracticeService practices,
            ClaimService claims,
            CallerContext callers,
            AuditTrail audit,
            Clock clock) {
        this.charges = charges;
        this.settlement = settlement;
        this.quotes = quotes;
        this.team = team;
        this.services = services;
        this.catalog = catalog;
        this.cards = cards;
        this.practices = practices;
        this.claims = claims;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes the charge of a request (or finds the one an earlier run of the same request made) and runs it. */
    public ChargeView create(ChargeCommand command, String idempotencyKey) {
        String scope = IdempotentRequests.scopeOf(callers.caller());
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> charges.findByRequest(scope, idempotencyKey)
                        .map(c -> c.id)
                        .orElseGet(() -> prepare(command, scope, idempotencyKey)));
        settlement.runForRequest(id);
        return QuarkusTransaction.requiringNew().call(() -> view(charges.getVisible(id)));
    }

    /** Charges a failed charge again, with the same card or another card of the client. */
    public ChargeView retry(UUID chargeId, UUID paymentMethodId) {
        UUID id = QuarkusTransaction.requiringNew().call(() -> prepareRetry(chargeId, paymentMethodId));
        settlement.runForRequest(id);
        return QuarkusTransaction.requiringNew().call(() -> view(charges.getVisible(id)));
    }

    private UUID prepare(ChargeCommand cmd, String scope, String key) {
        Caller caller = callers.caller();
        validateShape(cmd);
        ClientFacts client = quotes.chargeableClient(cmd.clientId());
        Provider clinician = providerOfRecord(caller, cmd.clinicianId());
        SavedCard card = cards.chargeableCard(client.clientId(), cmd.paymentMethodId());
        Session session = session(cmd, clinician, client);

        Money fee = Money.usd(cmd.sessionFeeCents());
        long waived = practices.reserveFeeWaiver(fee.cents());
        PricedCharge priced = quotes.price(
                client, cmd.paymentType(), cmd.kind(), fee, session.cpt(), Money.usd(waived), session.diagnosed());
        if (cmd.kind() == ChargeKind.SESSION && cmd.paymentType() != PaymentType.SELF_PAY) {
            // the claim must be complete before any money moves
            claims.requireFileable(client.practiceId(), client.clientId(), clinician.id());
        }

        Instant now = Clocks.now(clock);
        Charge c = newCharge(cmd, client.clientId(), clinician.id(), caller.actorId(), card.id(), now);
        applyPrice(c, fee, priced, waived);
        describeSession(c, cmd, session);
        c.attempts = 1;
        c.idempotencyScope = scope;
        c.idempotencyKey = key;
        charges.insert(c);
        charges.insertAttempt(c.id, 1, card.id(), processorKey(c, 1), now);
        return c.id;
    }

    /** The clinician a charge is made for: the caller themselves unless staff or admin, with an NPI on file. */
    private Provider providerOfRecord(Caller caller, UUID clinicianId) {
        Provider clinician = team.activeProvider(clinicianId);
        if (caller.seesOnlyOwnClients() && !clinician.id().equals(caller.teamMemberId())) {
            throw new AccessDeniedException(
                    "forbidden", "Clinicians charge as themselves; staff and admins can charge for a clinician.");
        }
        if (clinician.npi() == null || clinician.npi().isBlank()) {
            throw new RuleViolationException(
                    "clinician_npi_required", "The provider of record needs an NPI on file.", "clinicianId");
        }
        return clinician;
    }

    /** What was done in the session: the request's code and length, or the clinician's service's. */
    private record Session(String cpt, Integer duration, List<String> diagnoses) {
        boolean diagnosed() {
            return !diagnoses.isEmpty();
        }
    }

    private Session session(ChargeCommand cmd, Provider clinician, ClientFacts client) {
        String cpt = cmd.cptCode();
        Integer duration = cmd.durationMinutes();
        if (cmd.serviceId() != null) {
            OfferedService service = services.get(cmd.serviceId());
            if (!service.active() || !service.teamMemberId().equals(clinician.id())) {
                throw new RuleViolationException(
                        "service_unavailable", "This is not an active service of the clinician.", "serviceId");
            }
            cpt = service.cptCode();
            duration = service.durationMinutes();
        }
        List<String> diagnoses = cmd.diagnosisCodes().isEmpty()
                ? client.diagnoses()
                : Icd10.normalizeAll(cmd.diagnosisCodes(), "diagnosisCodes");
        return new Session(cpt, duration, diagnoses);
    }

    /** A pending charge of the request: who charges whom, on which card, of which kind. */
    private static Charge newCharge(
            ChargeCommand cmd, UUID clientId, UUID clinicianId, UUID actorId, UUID cardId, Instant now) {
        Charge c = new Charge();
        c.id = UUID.randomUUID();
        c.createdAt = now;
        c.updatedAt = now;
        c.clientId = clientId;
        c.clinicianId = clinicianId;
        c.createdBy = actorId;
        c.paymentMethodId = cardId;
        c.paymentType = cmd.paymentType();
        c.kind = cmd.kind();
        c.status = Charge.Status.PENDING;
        return c;
    }

    /** The figures of the priced charge: what the card pays, the fees, the waiver and the estimates. */
    private static void applyPrice(Charge c, Money fee, PricedCharge priced, long waived) {
        c.currency = fee.currency();
        c.sessionFeeCents = fee.cents();
        var q = priced.quote();
        c.cardAmountCents = q.cardAmount().cents();
        // OON Pay's 1% client fee comes later, out of a reimbursement; only Thrizer Pay's is in the card amount
        c.clientFeeCents =
                c.paymentType == PaymentType.THRIZER_PAY ? q.clientFee().cents() : 0;
        c.advanceCents = q.thrizerAdvance().cents();
        ChargeSettlement.applyWaiver(c, waived);
        SessionEstimate estimate = priced.estimate();
        c.estimatedAllowedCents = estimate == null ? null : estimate.base().cents();
        c.estimatedReimbursementCents = q.estimatedReimbursement().cents();
        c.estimatedClientCostCents = q.estimatedClientCost().cents();
        c.benefitCheckId = priced.benefitCheckId();
    }

    /** What the claim will say about the session. */
    private static void describeSession(Charge c, ChargeCommand cmd, Session session) {
        c.appointmentDate = cmd.appointmentDate();
        c.cptCode = session.cpt();
        c.serviceId = cmd.serviceId();
        c.durationMinutes = session.duration();
        c.placeOfService = cmd.placeOfService();
        c.modifiers = String.join(",", cmd.modifiers());
        c.diagnoses = String.join("|", session.diagnoses());
        c.addOnUnits = cmd.addOnUnits();
    }

    /** 400 for what the request alone shows to be wrong. */
    private void validateShape(ChargeCommand cmd) {
        List<FieldError> errors = new ArrayList<>();
        if (cmd.serviceId() == null) {
            if (cmd.cptCode() == null) {
                errors.add(new FieldError("cptCode", "required", "is required without a serviceId"));
            } else {
                catalog.checkPrimaryCode(cmd.cptCode(), "cptCode", errors);
            }
            if (cmd.durationMinutes() == null) {
                errors.add(new FieldError("durationMinutes", "required", "is required without a serviceId"));
            }
        } else {
            if (cmd.cptCode() != null) {
                errors.add(new FieldError("cptCode", "not_allowed", "comes from the service; send one or the other"));
            }
            if (cmd.durationMinutes() != null) {
                errors.add(new FieldError(
                        "durationMinutes", "not_allowed", "comes from the service; send one or the other"));
            }
        }
        LocalDate today = LocalDate.ofInstant(Clocks.now(clock), ZoneOffset.UTC);
        if (cmd.appointmentDate().isAfter(today.plusDays(1))) {
            // a day of slack: the caller's time zone may already be tomorrow
            errors.add(new FieldError("appointmentDate", "future_date", "must not be in the future"));
        }
        Set<String> modifiers = new LinkedHashSet<>();
        for (int i = 0; i < cmd.modifiers().size(); i++) {
            if (!modifiers.add(cmd.modifiers().get(i))) {
                errors.add(new FieldError("modifiers[" + i + "]", "duplicate", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private UUID prepareRetry(UUID chargeId, UUID paymentMethodId) {
        Charge c = charges.getVisibleForUpdate(chargeId);
        if (c.status == Charge.Status.PENDING) {
            return c.id; // an earlier run of this retry left its attempt: take it to its outcome
        }
        if (c.status != Charge.Status.FAILED) {
            throw new RuleViolationException("charge_not_failed", "Only a failed charge can be retried.");
        }
        quotes.chargeableClient(c.clientId);
        SavedCard card =
                cards.chargeableCard(c.clientId, paymentMethodId == null ? c.paymentMethodId : paymentMethodId);
        c.attempts += 1;
        c.paymentMethodId = card.id();
        c.status = Charge.Status.PENDING;
        c.failureCode = null;
        c.updatedAt = Clocks.now(clock);
        ChargeSettlement.applyWaiver(c, practices.reserveFeeWaiver(c.sessionFeeCents));
        charges.insertAttempt(c.id, c.attempts, card.id(), processorKey(c, c.attempts), c.updatedAt);
        return c.id;
    }

    /** The processor's key for an attempt: derived from the request's key, so a repeated request reuses it. */
    private static String processorKey(Charge c, int attempt) {
        return "chg_"
                + Hashes.sha256Hex(c.idempotencyScope + ":" + c.idempotencyKey).substring(0, 48) + "_" + attempt;
    }

    // ---------- reads

    @Transactional
    public ChargeView get(UUID id) {
        Charge charge = charges.getVisible(id);
        audit.record(AuditAction.READ, RESOURCE, charge.id);
        return view(charge);
    }

    @Transactional
    public Page<ChargeView> list(ChargeFilter filter, PageRequest page) {
        checkRange(filter);
        Page<Charge> result = charges.list(filter, page);
        audit.recordReads(RESOURCE, result.data().stream().map(c -> c.id).toList());
        return views(result);
    }

    /** The signed-in client's charges. */
    @Transactional
    public Page<ChargeView> listOwn(ClientScope scope, ChargeFilter filter, PageRequest page) {
        checkRange(filter);
        Page<Charge> result = charges.listOwn(scope, filter, page);
        result.data().forEach(c -> audit.record(scope.practiceId(), AuditAction.READ, RESOURCE, c.id));
        return views(result);
    }

    /** Whether the charge is one of the client's own payments (a reference to it, not a read: not audited). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOwn(ClientScope scope, UUID id) {
        return charges.isOwn(scope, id);
    }

    @Transactional
    public ChargeView getOwn(ClientScope scope, UUID id) {
        Charge charge = charges.getOwn(scope, id);
        audit.record(scope.practiceId(), AuditAction.READ, RESOURCE, charge.id);
        return view(charge);
    }

    static void checkRange(ChargeFilter f) {
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            throw ValidationException.of("from", "invalid_range", "must not be after 'to'");
        }
    }

    /** A charge as its event shows it (any practice's row, checked to be the event's practice; not audited). */
    @Transactional
    public ChargeView eventView(UUID practiceId, UUID id) {
        return view(EventObjectRenderer.inPractice(charges.findAcrossPractices(id), practiceId));
    }

    ChargeView view(Charge charge) {
        return views(new Page<>(List.of(charge), false, null)).data().get(0);
    }

    private Page<ChargeView> views(Page<Charge> page) {
        List<UUID> ids = page.data().stream().map(c -> c.id).toList();
        Map<UUID, SavedCard> byId = cards.byIds(
                page.data().stream().map(c -> c.paymentMethodId).distinct().toList());
        Map<UUID, UUID> claimIds = claims.claimIdsOfCharges(ids);
        return page.map(c -> {
            SavedCard pm = byId.get(c.paymentMethodId);
            return ChargeView.of(c, pm.brand().name(), pm.last4(), claimIds.get(c.id));
        });
    }
}
