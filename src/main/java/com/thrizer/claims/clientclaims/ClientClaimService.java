package com.thrizer.claims.clientclaims;

import com.thrizer.catalog.CatalogService;
import com.thrizer.claims.domain.ClaimService;
import com.thrizer.claims.domain.ClaimView;
import com.thrizer.claims.persistence.Claim;
import com.thrizer.claims.persistence.ClaimRepository;
import com.thrizer.ledger.Account;
import com.thrizer.ledger.LedgerService;
import com.thrizer.ledger.Posting;
import com.thrizer.paymentmethods.PaymentMethodService;
import com.thrizer.paymentmethods.SavedCard;
import com.thrizer.processor.ChargeOutcome;
import com.thrizer.processor.PaymentProcessor;
import com.thrizer.processor.ProcessorTimeoutException;
import com.thrizer.processor.ProcessorUnavailableException;
import com.thrizer.shared.crypto.Hashes;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims a client files themselves (DOMAIN.md section 7): by uploading their superbill or entering its seven fields.
 * The $2.00 filing fee is charged to their default card first, outside any transaction and with a key derived from
 * the request's Idempotency-Key; only when it succeeds is the claim filed (with the fee's ledger posting and the
 * document), in one transaction. A declined card or an outage leaves nothing behind; a retry with the same key never
 * charges twice and finds the claim an earlier attempt filed.
 */
@ApplicationScoped
public class ClientClaimService {
    public static final Money FILING_FEE = Money.usd(200);

    private final ClaimRepository claims;
    private final ClaimService service;
    private final CatalogService catalog;
    private final PaymentMethodService cards;
    private final PaymentProcessor processor;
    private final LedgerService ledger;
    private final Clock clock;

    ClientClaimService(
            ClaimRepository claims,
            ClaimService service,
            CatalogService catalog,
            PaymentMethodService cards,
            PaymentProcessor processor,
            LedgerService ledger,
            Clock clock) {
        this.claims = claims;
        this.service = service;
        this.catalog = catalog;
        this.cards = cards;
        this.processor = processor;
        this.ledger = ledger;
        this.clock = clock;
    }

    private record Prepared(ClaimFields fields, String cardRef) {}

    /** A claim the client entered by hand (the seven fields of their superbill). */
    public ClaimView fileManualEntry(ClientScope scope, ClaimFields fields, String requestScope, String key) {
        return file(scope, Claim.Source.MANUAL_ENTRY, fields, null, requestScope, key);
    }

    /** A claim from the client's uploaded superbill and its seven fields. */
    public ClaimView fileUpload(
            ClientScope scope, ClaimFields fields, ClaimDocument document, String requestScope, String key) {
        return file(scope, Claim.Source.SUPERBILL_UPLOAD, fields, document, requestScope, key);
    }

    private ClaimView file(
            ClientScope scope,
            Claim.Source source,
            ClaimFields fields,
            ClaimDocument document,
            String requestScope,
            String idempotencyKey) {
        Optional<UUID> earlier = QuarkusTransaction.requiringNew()
                .call(() -> claims.findByRequest(requestScope, idempotencyKey).map(c -> c.id));
        if (earlier.isPresent()) {
            return QuarkusTransaction.requiringNew().call(() -> service.getOwn(scope, earlier.get()));
        }
        Prepared prepared = QuarkusTransaction.requiringNew().call(() -> prepare(scope, fields));
        // the fee's key stays that of the earlier client-wide scope: a request begun on an instance of the earlier
        // release (a rolling upgrade) and retried here charges the fee under the same key, never twice
        String feeScope =
                requestScope.contains("/") ? requestScope.substring(0, requestScope.indexOf('/')) : requestScope;
        String processorKey =
                "claimfee_" + Hashes.sha256Hex(feeScope + ":" + idempotencyKey).substring(0, 48);
        ChargeOutcome outcome;
        try {
            outcome = processor.charge(prepared.cardRef(), FILING_FEE, processorKey);
        } catch (ProcessorTimeoutException e) {
            // the answer was lost: nothing is filed; the same key asks again and never charges twice
            throw new ProcessorUnavailableException();
        }
        if (!outcome.succeeded()) {
            throw new FilingFeeDeclinedException(outcome.declineCode());
        }
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> fileAfterFee(
                        scope, source, prepared.fields(), document, outcome, requestScope, idempotencyKey));
        return QuarkusTransaction.requiringNew().call(() -> service.getOwn(scope, id));
    }

    /** 400 for the fields, 422 for the client's record (date of birth, insurance) and card; charges nothing. */
    private Prepared prepare(ClientScope scope, ClaimFields f) {
        ClaimFields fields = validate(f);
        ClaimService.PatientBlocks blocks = service.patientBlocks(scope.practiceId(), scope.clientId());
        if (blocks.patient().removed()) {
            throw new RuleViolationException("client_removed", "This record was removed and is read-only.");
        }
        if (!blocks.insurance().insurerUsable()) {
            throw new RuleViolationException(
                    "insurer_under_review",
                    "Your insurer is not one Thrizer can file claims with yet; Thrizer's team is reviewing it.");
        }
        SavedCard card = cards.chargeableDefaultCard(scope);
        return new Prepared(fields, card.processorRef());
    }

    private ClaimFields validate(ClaimFields f) {
        List<FieldError> errors = new ArrayList<>();
        ClaimFieldRules.checkRequired(f, errors);
        ClaimFieldRules.checkProvider(f, errors);
        ClaimFieldRules.checkService(f, LocalDate.ofInstant(Clocks.now(clock), ZoneOffset.UTC), errors);
        if (f.cptCode() != null) {
            catalog.checkPrimaryCode(f.cptCode(), "cptCode", errors);
        }
        List<String> diagnoses = ClaimFieldRules.diagnoses(f, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ClaimFields(
                f.providerName().strip(),
                f.providerNpi(),
                f.providerTin(),
                f.serviceDate(),
                f.billedCents(),
                f.cptCode(),
                diagnoses);
    }

    private UUID fileAfterFee(
            ClientScope scope,
            Claim.Source source,
            ClaimFields f,
            ClaimDocument document,
            ChargeOutcome fee,
            String requestScope,
            String key) {
        Claim claim =
                service.newClaim(source, scope.clientId(), service.patientBlocks(scope.practiceId(), scope.clientId()));
        claim.serviceDate = f.serviceDate();
        claim.cptCode = f.cptCode();
        claim.diagnoses = String.join("|", f.diagnosisCodes());
        claim.billedCents = f.billedCents();
        claim.currency = FILING_FEE.currency();
        claim.providerName = f.providerName();
        claim.providerNpi = f.providerNpi();
        claim.providerTin = f.providerTin();
        claim.filingFeeCents = FILING_FEE.cents();
        claim.feeProcessorChargeId = fee.processorChargeId();
        claim.idempotencyScope = requestScope;
        claim.idempotencyKey = key;
        service.insertNew(scope.practiceId(), claim);
        if (document != null) {
            claims.insertDocument(claim, document, claim.createdAt);
        }
        ledger.post(Posting.builder(scope.practiceId(), Posting.Kind.CLAIM_FEE)
                .claim(claim.id)
                .description("Claim filing fee")
                .debit(Account.platform(Account.Code.PROCESSOR_CLEARING), FILING_FEE, ledger.today())
                .credit(Account.platform(Account.Code.PLATFORM_FEE_REVENUE), FILING_FEE, ledger.today())
                .build());
        return claim.id;
    }
}
