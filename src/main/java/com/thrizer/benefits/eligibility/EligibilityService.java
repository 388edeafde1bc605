package com.thrizer.benefits.eligibility;

import com.thrizer.benefits.domain.BenefitCheckFacts;
import com.thrizer.benefits.domain.BenefitCheckService;
import com.thrizer.benefits.domain.BenefitsClients;
import com.thrizer.benefits.domain.ClientFacts;
import com.thrizer.benefits.persistence.BenefitCheck;
import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.EligibilityFacts;
import com.thrizer.billing.EligibilityRules;
import com.thrizer.catalog.CatalogService;
import com.thrizer.catalog.KnownInsurer;
import com.thrizer.insurance.InsuranceDetails;
import com.thrizer.insurance.InsuranceService;
import com.thrizer.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Which payment types a client can use now (DOMAIN.md section 4), from their insurance, latest benefit check and
 * diagnoses. Charges and quotes ask the same question through {@link #decide}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EligibilityService {
    private final BenefitsClients clients;
    private final InsuranceService insurance;
    private final BenefitCheckService checks;
    private final CatalogService catalog;

    EligibilityService(
            BenefitsClients clients, InsuranceService insurance, BenefitCheckService checks, CatalogService catalog) {
        this.clients = clients;
        this.insurance = insurance;
        this.checks = checks;
        this.catalog = catalog;
    }

    public Eligibility forClient(UUID clientId, ChargeKind kind) {
        return decide(clients.visible(clientId), kind);
    }

    public Eligibility decide(ClientFacts client, ChargeKind kind) {
        return decide(client, kind, !client.diagnoses().isEmpty());
    }

    /** The decision for a charge that carries its own diagnoses. */
    public Eligibility decide(ClientFacts client, ChargeKind kind, boolean hasDiagnosis) {
        Optional<InsuranceDetails> policy = insurance.detailsFor(client.practiceId(), client.clientId());
        Optional<BenefitCheckFacts> latest = checks.latest(client);
        BenefitCheckFacts check = latest.orElse(null);
        boolean thrizerPayCapable = policy.map(InsuranceDetails::insurerId)
                .flatMap(catalog::insurer)
                .map(KnownInsurer::thrizerPayCapable)
                .orElse(false);
        EligibilityFacts facts = new EligibilityFacts(
                kind,
                policy.isPresent(),
                policy.map(InsuranceDetails::insurerUsable).orElse(false),
                check != null,
                check != null && check.isComplete(),
                check != null && checks.isStale(check, client),
                check == null ? null : check.coverageActive(),
                check == null || check.oonBenefits() == BenefitCheck.Oon.UNKNOWN
                        ? null
                        : check.oonBenefits() == BenefitCheck.Oon.YES,
                check == null || check.deductibleRemainingCents() == null
                        ? null
                        : Money.of(check.deductibleRemainingCents(), check.currency()),
                check != null && check.isComplete() && check.confidence() == BenefitCheck.Confidence.HIGH,
                thrizerPayCapable,
                hasDiagnosis);
        return new Eligibility(
                client.clientId(), kind, check == null ? null : check.id(), EligibilityRules.decide(facts));
    }
}
