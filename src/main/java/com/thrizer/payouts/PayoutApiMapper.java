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
import com.thrizer.shared.web.Attachments;
import com.thrizer.shared.web.MappingDefaults;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = MappingDefaults.class)
public abstract class PayoutApiMapper {

    /** Hand-written: query parameters, not a DTO. */
    public PayoutFilter toFilter(PayoutStatusDto status, LocalDate from, LocalDate to) {
        return new PayoutFilter(toStatus(status), from, to);
    }

    abstract Payout.Status toStatus(PayoutStatusDto status);

    /** Hand-written rule: the only grouping so far. */
    public void checkGroupBy(String groupBy) {
        if (groupBy != null && !"clinician".equals(groupBy)) {
            throw ValidationException.of("groupBy", "invalid_value", "must be one of: clinician");
        }
    }

    public Response csvAttachment(PayoutExport export, PayoutFilter filter) {
        export.check(filter);
        return Attachments.csv(out -> export.write(filter, out), "payouts.csv");
    }

    @Mapping(target = "amount", source = "amountCents")
    @Mapping(target = "expectedArrivalDate", source = "expectedArrival")
    public abstract PayoutDto toDto(PayoutView p);

    @Mapping(target = "removeDataItem", ignore = true)
    public abstract PayoutListDto toDto(Page<PayoutView> page);

    @Mapping(target = "removeDataItem", ignore = true)
    public abstract PayoutTransactionListDto toTransactions(Page<PayoutTransaction> page);

    @Mapping(target = "grossAmount", source = "grossCents")
    @Mapping(target = "feeAmount", source = "feeCents")
    @Mapping(target = "netAmount", source = "netCents")
    abstract PayoutTransactionDto toDto(PayoutTransaction t);

    @Mapping(target = "groupBy", constant = "CLINICIAN")
    @Mapping(target = "totalAmount", source = "totalCents")
    @Mapping(target = "removeRowsItem", ignore = true)
    public abstract PayoutSummaryDto toDto(PayoutSummary s);

    @Mapping(target = "grossAmount", source = "grossCents")
    @Mapping(target = "feeAmount", source = "feeCents")
    @Mapping(target = "netAmount", source = "netCents")
    abstract PayoutSummaryRowDto toDto(PayoutSummary.Row r);

    public abstract PayoutRunDto toDto(PayoutJob.Result r);
}
