package com.thrizer.benefits.domain;

import com.thrizer.benefits.eligibility.BenefitInterpretation;
import com.thrizer.benefits.eligibility.Eligibility271Interpreter;
import com.thrizer.benefits.persistence.BenefitCheck;
import com.thrizer.clearinghouse.Clearinghouse;
import com.thrizer.clearinghouse.EligibilityRequest;
import com.thrizer.clearinghouse.EligibilityResponse;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asks the payer about a check's inquiry through the clearinghouse, with no transaction open: the call holds no pool
 * connection and no row lock while the payer answers (the check is read before and stored after, each in a short
 * transaction of its own). An eligibility inquiry changes nothing at the payer, so a retried request simply asks
 * again.
 */
@ApplicationScoped
public class PayerInquiries {
    private final Clearinghouse clearinghouse;
    private final Eligibility271Interpreter interpreter;

    PayerInquiries(Clearinghouse clearinghouse, Eligibility271Interpreter interpreter) {
        this.clearinghouse = clearinghouse;
        this.interpreter = interpreter;
    }

    /** What the payer said (null raw answer when it was not asked), interpreted. */
    record Answer(BenefitInterpretation result, String raw) {}

    /** The payer's answer, unless the insurer is under review (then a failed answer, without asking). */
    Answer ask(BenefitCheckService.Inquiry q, String cptCode) {
        if (!q.insurerUsable()) {
            return new Answer(BenefitInterpretation.failed(BenefitCheck.FailureReason.INSURER_UNDER_REVIEW), null);
        }
        EligibilityResponse response = clearinghouse.checkEligibility(new EligibilityRequest(
                q.insurerId(),
                q.memberId(),
                q.firstName(),
                q.lastName(),
                q.dateOfBirth(),
                EligibilityRequest.MENTAL_HEALTH,
                cptCode,
                null));
        return new Answer(interpreter.interpret(response), response.rawJson());
    }
}
