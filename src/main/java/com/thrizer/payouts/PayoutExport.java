package com.thrizer.payouts;

import com.thrizer.shared.money.Money;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.web.CsvPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.util.List;

/** The CSV export of the practice's payouts, a page at a time. Amounts are decimal dollars. */
@ApplicationScoped
public class PayoutExport {
    static final List<String> COLUMNS = List.of(
            "payout_id",
            "payout_date",
            "status",
            "amount",
            "currency",
            "bank_account_last4",
            "transaction_count",
            "expected_arrival_date",
            "paid_at",
            "failure_code");

    private final PayoutService payouts;

    PayoutExport(PayoutService payouts) {
        this.payouts = payouts;
    }

    /** Refuses what the list would refuse (roles, ranges) before the streaming starts. */
    void check(PayoutFilter filter) {
        payouts.checkList(filter);
    }

    void write(PayoutFilter filter, OutputStream out) {
        CsvPages.write(
                out,
                COLUMNS,
                cursor -> payouts.list(filter, PageRequest.of(PageRequest.MAX_LIMIT, cursor)),
                (csv, page) -> {
                    for (PayoutView p : page.data()) {
                        csv.printRecord(
                                p.id(),
                                p.payoutDate(),
                                p.status(),
                                Money.of(p.amountCents(), p.currency()).decimal(),
                                p.currency(),
                                p.bankAccountLast4(),
                                p.transactionCount(),
                                p.expectedArrival(),
                                p.paidAt(),
                                p.failureCode());
                    }
                });
    }
}
