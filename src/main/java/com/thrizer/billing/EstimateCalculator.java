package com.thrizer.billing;

import com.thrizer.shared.money.Money;
import com.thrizer.shared.money.RoundingPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-session estimate of DOMAIN.md section 3, with one rounding place (coinsurance, half-up to the cent):
 *
 * <pre>
 * base          = min(allowed, fee)
 * deductible    = min(deductibleRemaining, base)
 * coinsurance   = round((base - deductible) * coinsurance%)
 * clientShare   = min(deductible + coinsurance, outOfPocketRemaining)   (when known)
 * reimbursement = base - clientShare
 * clientCost    = fee - reimbursement
 * </pre>
 */
public final class EstimateCalculator {
    private EstimateCalculator() {}

    public static SessionEstimate estimate(Money fee, BenefitFigures figures) {
        if (!fee.isPositive()) {
            throw new IllegalArgumentException("the session fee must be positive");
        }
        Money base = figures.allowed().min(fee);
        Money deductible = figures.deductibleRemaining().min(base);
        Money coinsurance = RoundingPolicy.percentOf(base.minus(deductible), figures.coinsuranceBps());
        Money share = deductible.plus(coinsurance);
        if (figures.outOfPocketRemaining() != null) {
            share = share.min(figures.outOfPocketRemaining());
        }
        Money reimbursement = base.minus(share);
        return new SessionEstimate(fee, base, deductible, coinsurance, share, reimbursement, fee.minus(reimbursement));
    }

    /** The next {@code sessions} sessions, each applying to the deductible and out-of-pocket left by the one before. */
    public static List<ProjectedSession> projection(Money fee, BenefitFigures figures, int sessions) {
        List<ProjectedSession> rows = new ArrayList<>(sessions);
        BenefitFigures current = figures;
        for (int i = 1; i <= sessions; i++) {
            SessionEstimate e = estimate(fee, current);
            rows.add(new ProjectedSession(i, current.deductibleRemaining(), e));
            Money oop = current.outOfPocketRemaining() == null
                    ? null
                    : current.outOfPocketRemaining().minus(e.clientShare());
            current = new BenefitFigures(
                    current.deductibleRemaining().minus(e.deductible()),
                    oop,
                    current.coinsuranceBps(),
                    current.allowed());
        }
        return rows;
    }
}
