package com.thrizer.payouts;

import com.thrizer.api.generated.model.PayoutDto;
import com.thrizer.api.generated.model.PayoutListDto;
import com.thrizer.api.generated.model.PayoutRunDto;
import com.thrizer.api.generated.model.PayoutStatusDto;
import com.thrizer.api.generated.model.PayoutSummaryDto;
import com.thrizer.api.generated.model.PayoutSummaryRowDto;
import com.thrizer.api.generated.model.PayoutTransactionDto;
import com.thrizer.api.generated.model.PayoutTransactionListDto;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import com.thrizer.shared.web.Attachments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

@ApplicationScoped
public class PayoutApiMapper {

    public PayoutFilter toFilter(PayoutStatusDto status, LocalDate from, LocalDate to) {
        return new PayoutFilter(status == null ? null : Payout.Status.valueOf(status.name()), from, to);
    }

    /** The only grouping so far. */
    public void checkGroupBy(String groupBy) {
        if (groupBy != null && !"clinician".equals(groupBy)) {
            throw ValidationException.of("groupBy", "invalid_value", "must be one of: clinician");
        }
    }

    public Response csvAttachment(PayoutExport export, PayoutFilter filter) {
        export.check(filter);
        return Attachments.csv(out -> export.write(filter, out), "payouts.csv");
    }

    public PayoutDto toDto(Payout p) {
        return new PayoutDto()
                .id(p.id)
                .status(PayoutStatusDto.valueOf(p.status.name()))
                .amount(p.amountCents)
                .currency(p.currency)
                .payoutDate(p.payoutDate)
                .expectedArrivalDate(p.expectedArrival)
                .bankAccountLast4(p.bankAccountLast4)
                .transactionCount(p.transactionCount)
                .failureCode(p.failureCode)
                .createdAt(ApiValues.utc(p.createdAt))
                .updatedAt(ApiValues.utc(p.updatedAt))
                .sentAt(p.sentAt == null ? null : ApiValues.utc(p.sentAt))
                .paidAt(p.paidAt == null ? null : ApiValues.utc(p.paidAt))
                .failedAt(p.failedAt == null ? null : ApiValues.utc(p.failedAt));
    }

    public PayoutListDto toDto(Page<Payout> page) {
        return new PayoutListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    public PayoutTransactionListDto toTransactions(Page<PayoutTransaction> page) {
        return new PayoutTransactionListDto()
                .data(page.data().stream()
                        .map(t -> new PayoutTransactionDto()
                                .id(t.id())
                                .type(PayoutTransactionDto.TypeEnum.fromValue(t.type()))
                                .chargeId(t.chargeId())
                                .clientInitials(t.clientInitials())
                                .clinicianId(t.clinicianId())
                                .clinicianName(t.clinicianName())
                                .grossAmount(t.grossCents())
                                .feeAmount(t.feeCents())
                                .netAmount(t.netCents())
                                .currency(t.currency())
                                .availableOn(t.availableOn())
                                .createdAt(ApiValues.utc(t.createdAt())))
                        .toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    public PayoutSummaryDto toDto(PayoutSummary s) {
        return new PayoutSummaryDto()
                .from(s.from())
                .to(s.to())
                .groupBy(PayoutSummaryDto.GroupByEnum.CLINICIAN)
                .payoutCount(s.payoutCount())
                .totalAmount(s.totalCents())
                .currency(s.currency())
                .rows(s.rows().stream()
                        .map(r -> new PayoutSummaryRowDto()
                                .clinicianId(r.clinicianId())
                                .clinicianName(r.clinicianName())
                                .transactionCount(r.transactionCount())
                                .grossAmount(r.grossCents())
                                .feeAmount(r.feeCents())
                                .netAmount(r.netCents()))
                        .toList());
    }

    public PayoutRunDto toDto(PayoutJob.Result r) {
        return new PayoutRunDto()
                .created(r.created())
                .sent(r.sent())
                .paid(r.paid())
                .failed(r.failed())
                .inTransit(r.inTransit());
    }
}
