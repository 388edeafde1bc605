package com.thrizer.benefits.domain;

import com.thrizer.billing.BenefitFigures;
import com.thrizer.billing.EstimateCalculator;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.team.domain.OfferedService;
import com.thrizer.team.domain.ServiceOfferingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What a client's sessions with a clinician are estimated to cost, per service, from the latest complete check. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EstimateService {
    private final BenefitsClients clients;
    private final BenefitCheckService checks;
    private final ServiceOfferingService services;

    EstimateService(BenefitsClients clients, BenefitCheckService checks, ServiceOfferingService services) {
        this.clients = clients;
        this.checks = checks;
        this.services = services;
    }

    /** The estimates and the check they come from (none when the latest check is not complete). */
    public record Estimates(UUID benefitCheckId, List<ServiceEstimate> services) {}

    public Estimates forClinician(ClientScope scope, UUID clinicianId) {
        ClientFacts client = clients.own(scope);
        Optional<BenefitCheckFacts> latest = checks.latest(client).filter(c -> c.figures() != null);
        if (latest.isEmpty()) {
            return new Estimates(null, List.of());
        }
        BenefitCheckFacts check = latest.get();
        List<ServiceEstimate> estimates = services.activeOf(scope.practiceId(), clinicianId).stream()
                .map(s -> estimate(check, s))
                .toList();
        return new Estimates(check.id(), estimates);
    }

    private ServiceEstimate estimate(BenefitCheckFacts check, OfferedService service) {
        BenefitFigures figures = checks.figuresFor(check, service.cptCode(), service.rate());
        return new ServiceEstimate(
                service.id(), service.name(), service.cptCode(), EstimateCalculator.estimate(service.rate(), figures));
    }
}
