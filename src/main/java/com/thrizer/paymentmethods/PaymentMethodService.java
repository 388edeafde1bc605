package com.thrizer.paymentmethods;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.processor.CardDetails;
import com.thrizer.processor.PaymentProcessor;
import com.thrizer.shared.error.IdempotencyInUse;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Clients' cards. Exactly one default while any card exists: the first card becomes the default, and deleting the
 * default promotes the newest remaining card. Cards are processor tokens; raw numbers never reach the API.
 */
@ApplicationScoped
@Transactional
public class PaymentMethodService {
    public static final String RESOURCE = "PAYMENT_METHOD";

    private final PaymentMethodRepository cards;
    private final PaymentProcessor processor;
    private final AuditTrail audit;
    private final Clock clock;
    private final IdempotentRequests idempotency;

    PaymentMethodService(
            PaymentMethodRepository cards,
            PaymentProcessor processor,
            AuditTrail audit,
            Clock clock,
            IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.cards = cards;
        this.processor = processor;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<SavedCard> listOwn(ClientScope scope, PageRequest page) {
        Page<PaymentMethod> result = cards.pageOf(scope.practiceId(), scope.clientId(), page);
        result.data().forEach(pm -> audit.record(scope.practiceId(), AuditAction.READ, RESOURCE, pm.id));
        return result.map(SavedCard::of);
    }

    /** The cards of a client of the caller's practice (the caller checked it may see the client). */
    public Page<SavedCard> listForClient(UUID practiceId, UUID clientId, PageRequest page) {
        Page<PaymentMethod> result = cards.pageOf(practiceId, clientId, page);
        audit.recordReads(RESOURCE, result.data().stream().map(pm -> pm.id).toList());
        return result.map(SavedCard::of);
    }

    /** A client's default card, named by practice (event objects). */
    @Transactional(Transactional.TxType.MANDATORY)
    public SavedCard defaultOf(UUID practiceId, UUID clientId) {
        return cards.defaultOf(practiceId, clientId).map(SavedCard::of).orElse(null);
    }

    /** Default cards by client id, for a page of clients of the caller's practice. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, SavedCard> defaultsOf(Collection<UUID> clientIds) {
        return cards.defaultsOf(clientIds).stream().collect(Collectors.toMap(pm -> pm.clientId, SavedCard::of));
    }

    /**
     * A card that can be charged for a client of the caller's practice: live, not expired, and the client's; else 422
     * {@code payment_method_unusable}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SavedCard chargeableCard(UUID clientId, UUID id) {
        PaymentMethod pm = cards.findById(id)
                .filter(c -> c.clientId.equals(clientId))
                .orElseThrow(() -> unusable("This card does not belong to the client."));
        if (pm.deletedAt != null) {
            throw unusable("This card was removed.");
        }
        YearMonth now = YearMonth.from(Clocks.now(clock).atZone(ZoneOffset.UTC));
        if (YearMonth.of(pm.expYear, pm.expMonth).isBefore(now)) {
            throw unusable("This card has expired.");
        }
        return SavedCard.of(pm);
    }

    /** The signed-in client's default card, when it can be charged; else 422 {@code default_card_required}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SavedCard chargeableDefaultCard(ClientScope scope) {
        PaymentMethod pm = cards.ownDefault(scope)
                .orElseThrow(() -> new RuleViolationException(
                        "default_card_required", "Add a card first: the fee is charged to your default card."));
        YearMonth now = YearMonth.from(Clocks.now(clock).atZone(ZoneOffset.UTC));
        if (YearMonth.of(pm.expYear, pm.expMonth).isBefore(now)) {
            throw new RuleViolationException(
                    "default_card_required", "Your default card has expired: add a card or choose another default.");
        }
        return SavedCard.of(pm);
    }

    private static RuleViolationException unusable(String detail) {
        return new RuleViolationException("payment_method_unusable", detail, "paymentMethodId");
    }

    /**
     * Cards by id, whichever practice, removed ones included: for showing and charging the cards of charges the
     * caller already reached (or a job settles).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, SavedCard> byIds(Collection<UUID> ids) {
        return cards.byIdsAcrossPractices(ids).stream().collect(Collectors.toMap(pm -> pm.id, SavedCard::of));
    }

    /**
     * Attaches the card at the processor with no transaction open (a network call holds no connection or lock), then
     * stores it in a transaction of its own, in which {@code answer} also runs (it stores the request's answer with
     * the card: a retry with the same Idempotency-Key replays it and never stores a second card). A run whose key a
     * retry took over stores nothing (409 {@code idempotency_key_in_use}): the card is stored once, by the retry.
     */
    @Transactional(Transactional.TxType.NEVER)
    public <R> R addOwn(ClientScope scope, String token, Function<SavedCard, R> answer) {
        CardDetails card = processor.attachCard(token);
        return QuarkusTransaction.requiringNew().call(() -> answer.apply(store(scope, card)));
    }

    private SavedCard store(ClientScope scope, CardDetails card) {
        if (!idempotency.holdsClaim()) {
            throw new IdempotencyInUse();
        }
        cards.lockClient(scope.clientId());
        PaymentMethod pm = new PaymentMethod();
        pm.id = UUID.randomUUID();
        pm.createdAt = Clocks.now(clock);
        pm.processorRef = card.processorRef();
        pm.brand = card.brand();
        pm.last4 = card.last4();
        pm.expMonth = card.expMonth();
        pm.expYear = card.expYear();
        pm.funding = card.funding();
        pm.hsaFsa = card.hsaFsa();
        pm.isDefault = cards.ownDefault(scope).isEmpty();
        cards.persistOwn(scope, pm);
        audit.record(scope.practiceId(), AuditAction.CREATE, RESOURCE, pm.id);
        return SavedCard.of(pm);
    }

    public SavedCard makeDefault(ClientScope scope, UUID id) {
        cards.lockClient(scope.clientId());
        PaymentMethod pm = cards.getOwnLive(scope, id);
        if (!pm.isDefault) {
            cards.ownDefault(scope).ifPresent(current -> current.isDefault = false);
            cards.flush();
            pm.isDefault = true;
            audit.record(scope.practiceId(), AuditAction.UPDATE, RESOURCE, pm.id);
        }
        return SavedCard.of(pm);
    }

    /** Deletes (keeps the row for past charges); a deleted default is replaced by the newest remaining card. */
    public void deleteOwn(ClientScope scope, UUID id) {
        cards.lockClient(scope.clientId());
        PaymentMethod pm = cards.getOwnLive(scope, id);
        boolean wasDefault = pm.isDefault;
        pm.deletedAt = Clocks.now(clock);
        pm.isDefault = false;
        cards.flush();
        if (wasDefault) {
            List<PaymentMethod> remaining = cards.ownLive(scope);
            if (!remaining.isEmpty()) {
                remaining.get(0).isDefault = true;
            }
        }
        audit.record(scope.practiceId(), AuditAction.DELETE, RESOURCE, pm.id);
    }
}
