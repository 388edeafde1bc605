package com.thrizer.quotes;

import com.thrizer.benefits.BenefitCheck;
import com.thrizer.benefits.BenefitCheckService;
import com.thrizer.benefits.BenefitsClients;
import com.thrizer.benefits.ClientFacts;
import com.thrizer.benefits.Eligibility;
import com.thrizer.benefits.EligibilityService;
import com.thrizer.billing.EstimateCalculator;
import com.thrizer.billing.PaymentType;
import com.thrizer.billing.QuoteCalculator;
import com.thrizer.billing.SessionEstimate;
import com.thrizer.practices.Practice;
import com.thrizer.practices.PracticeService;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.money.Money;
import com.thrizer.team.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

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

    public PricedCharge quote(QuoteRequest request) {
        ClientFacts client = clients.visible(request.clientId());
        if (client.removed()) {
            throw new RuleViolationException("client_removed", "This client was removed and cannot be charged.");
        }
        if (client.archived()) {
            throw new RuleViolationException("client_archived", "Unarchive this client before charging them.");
        }
        team.activeProvider(request.clinicianId());
        Eligibility decision = eligibility.decide(client, request.kind());
        List<String> reasons = decision.reasonsFor(request.paymentType());
        if (!reasons.isEmpty()) {
            throw new PaymentTypeUnavailableException(reasons.stream()
                    .map(r -> new FieldError("paymentType", r, "this payment type is not available: " + r))
                    .toList());
        }
        Money fee = Money.usd(request.sessionFeeCents());
        Practice practice = practices.current();
        SessionEstimate estimate = null;
        java.util.UUID checkId = null;
        if (request.paymentType() != PaymentType.SELF_PAY) {
            BenefitCheck check = checks.latest(client).orElseThrow();
            String cpt = request.cptCode() == null ? check.cptCode : request.cptCode();
            estimate = EstimateCalculator.estimate(fee, checks.figuresFor(check, cpt, fee));
            checkId = check.id;
        }
        return new PricedCharge(
                QuoteCalculator.quote(
                        request.paymentType(),
                        request.kind(),
                        fee,
                        estimate,
                        Money.of(practice.feeWaiverRemainingCents, practice.currency)),
                checkId);
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
