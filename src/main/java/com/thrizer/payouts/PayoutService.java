package com.thrizer.payouts;

import com.thrizer.events.domain.EventObjectRenderer;
import com.thrizer.shared.error.AccessDeniedException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Payouts as the practice sees them: the list and each payout (practice admins and API keys), and the attribution of
 * what they paid out to clinicians (a clinician sees only their own share).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PayoutService {
    public static final String RESOURCE = "PAYOUT";
    static final int MAX_SUMMARY_DAYS = 366;

    private final PayoutRepository payouts;
    private final CallerContext callers;

    PayoutService(PayoutRepository payouts, CallerContext callers) {
        this.payouts = payouts;
        this.callers = callers;
    }

    public Page<PayoutView> list(PayoutFilter filter, PageRequest page) {
        checkList(filter);
        return payouts.list(filter, page).map(PayoutView::of);
    }

    /** What the list refuses (roles, ranges), for an export to refuse before it starts streaming. */
    void checkList(PayoutFilter filter) {
        requireWholePracticeView();
        checkRange(filter.from(), filter.to(), "from");
    }

    public PayoutView get(UUID id) {
        requireWholePracticeView();
        return PayoutView.of(payouts.getById(id));
    }

    /** A payout as its event shows it (any practice's row, checked to be the event's practice). */
    @Transactional
    public PayoutView eventView(UUID practiceId, UUID id) {
        return PayoutView.of(EventObjectRenderer.inPractice(payouts.findAcrossPractices(id), practiceId));
    }

    /** A payout's transactions; a clinician's only (the payout itself must be their practice's). */
    public Page<PayoutTransaction> transactions(UUID payoutId, PageRequest page) {
        Payout payout = payouts.getById(payoutId);
        return payouts.transactions(payout.id, ownOnly(), page);
    }

    public PayoutSummary summary(LocalDate from, LocalDate to) {
        checkRange(from, to, "from");
        if (ChronoUnit.DAYS.between(from, to) >= MAX_SUMMARY_DAYS) {
            throw ValidationException.of("to", "invalid_range", "a summary covers at most a year");
        }
        UUID practiceId = callers.practiceId();
        UUID clinician = ownOnly();
        List<PayoutSummary.Row> rows = payouts.summary(practiceId, from, to, clinician);
        if (clinician != null) {
            long total = rows.stream().mapToLong(PayoutSummary.Row::netCents).sum();
            int count = (int) payouts.payoutsWithClinician(practiceId, from, to, clinician);
            return new PayoutSummary(from, to, count, total, Money.USD, rows);
        }
        Object[] totals = payouts.totals(practiceId, from, to);
        return new PayoutSummary(
                from, to, ((Number) totals[0]).intValue(), ((Number) totals[1]).longValue(), Money.USD, rows);
    }

    private UUID ownOnly() {
        Caller caller = callers.caller();
        return caller.seesOnlyOwnClients() ? caller.teamMemberId() : null;
    }

    private void requireWholePracticeView() {
        if (callers.caller().seesOnlyOwnClients()) {
            throw new AccessDeniedException(
                    "forbidden", "Payouts are for practice admins; clinicians see their share in the summary.");
        }
    }

    private static void checkRange(LocalDate from, LocalDate to, String param) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ValidationException.of(param, "invalid_range", "must not be after 'to'");
        }
    }
}
