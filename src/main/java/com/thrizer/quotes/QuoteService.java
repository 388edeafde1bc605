package com.thrizer.quotes;

import com.thrizer.benefits.domain.BenefitCheckFacts;
import com.thrizer.benefits.domain.BenefitCheckService;
import com.thrizer.benefits.domain.BenefitsClients;
import com.thrizer.benefits.domain.ClientFacts;
import com.thrizer.benefits.eligibility.Eligibility;
import com.thrizer.benefits.eligibility.EligibilityService;
import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.EstimateCalculator;
import com.thrizer.billing.PaymentType;
import com.thrizer.billing.QuoteCalculator;
import com.thrizer.billing.SessionEstimate;
import com.thrizer.practices.PracticeDetails;
import com.thrizer.practices.PracticeService;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.money.Money;
import com.thrizer.team.domain.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Prices a charge before it is made: the same eligibility decision and the same arithmetic the charge will use.
 * Reads only; nothing is charged or stored.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuoteService {
    private final BenefitsClients clients;
    private final EligibilityService eligibility;
    private final BenefitCheckService checks;
    private final TeamService team;
    private final PracticeService practices;

    QuoteService(
            BenefitsClients clients,
            EligibilityService eligibility,
            BenefitCheckService checks,
            TeamService team,
            PracticeService practices) {
        this.clients = clients;
        this.eligibility = eligibility;
        this.checks = checks;
        this.team = team;
        this.practices = practices;
    }

    /** A client the caller may see and charge: not removed, not archived (404 / 422). */
    public ClientFacts chargeableClient(UUID clientId) {
        ClientFacts client = clients.visible(clientId);
        if (client.removed()) {
            throw new RuleViolationException("client_removed", "This client was removed and cannot be charged.");
        }
        if (client.archived()) {
            throw new RuleViolationException("client_archived", "Unarchive this client before charging them.");
        }
        return client;
    }

    public PricedCharge quote(QuoteRequest request) {
        ClientFacts client = chargeableClient(request.clientId());
        team.activeProvider(request.clinicianId());
        PracticeDetails practice = practices.current();
        return price(
                client,
                request.paymentType(),
                request.kind(),
                Money.usd(request.sessionFeeCents()),
                request.cptCode(),
                Money.of(practice.feeWaiverRemainingCents(), practice.currency()),
                !client.diagnoses().isEmpty());
    }

    /**
     * Prices a charge: the eligibility decision, the estimate from the latest benefit check, and the fees. The quote
     * endpoint and the charges use this one method.
     *
     * @param cptCode the session's CPT code (null: the latest check's)
     * @param waiverRemaining the referral credit that applies
     * @param hasDiagnosis whether the charge (or the client) has a diagnosis
     */
    public PricedCharge price(
            ClientFacts client,
            PaymentType type,
            ChargeKind kind,
            Money fee,
            String cptCode,
            Money waiverRemaining,
            boolean hasDiagnosis) {
        Eligibility decision = eligibility.decide(client, kind, hasDiagnosis);
        List<String> reasons = decision.reasonsFor(type);
        if (!reasons.isEmpty()) {
            throw new PaymentTypeUnavailableException(reasons.stream()
                    .map(r -> new FieldError("paymentType", r, "this payment type is not available: " + r))
                    .toList());
        }
        SessionEstimate estimate = null;
        UUID checkId = null;
        if (type != PaymentType.SELF_PAY) {
            BenefitCheckFacts check = checks.latest(client).orElseThrow();
            String cpt = cptCode == null ? check.cptCode() : cptCode;
            estimate = EstimateCalculator.estimate(fee, checks.figuresFor(check, cpt, fee));
            checkId = check.id();
        }
        return new PricedCharge(QuoteCalculator.quote(type, kind, fee, estimate, waiverRemaining), estimate, checkId);
    }

    /** 422 with every unmet condition in {@code errors[]}. */
    public static class PaymentTypeUnavailableException extends ValidationException {
        PaymentTypeUnavailableException(List<FieldError> errors) {
            super(errors);
        }

        @Override
        public int status() {
            return 422;
        }

        @Override
        public String code() {
            return "payment_type_unavailable";
        }

        @Override
        public String detail() {
            return "This payment type is not available for this client now; see errors[].";
        }
    }
}
