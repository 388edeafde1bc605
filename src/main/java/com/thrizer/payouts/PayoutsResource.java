package com.thrizer.payouts;

import com.thrizer.api.generated.PayoutsApi;
import com.thrizer.api.generated.model.PayoutStatusDto;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;

@RolesAllowed(Scopes.PAYOUTS_READ)
public class PayoutsResource implements PayoutsApi {
    private final PayoutService payouts;
    private final PayoutExport export;
    private final PayoutApiMapper mapper;

    PayoutsResource(PayoutService payouts, PayoutExport export, PayoutApiMapper mapper) {
        this.payouts = payouts;
        this.export = export;
        this.mapper = mapper;
    }

    @Override
    public Response listPayouts(Integer limit, String cursor, PayoutStatusDto status, LocalDate from, LocalDate to) {
        PayoutFilter filter = mapper.toFilter(status, from, to);
        return Response.ok(mapper.toDto(payouts.list(filter, PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    public Response exportPayouts(PayoutStatusDto status, LocalDate from, LocalDate to) {
        return mapper.csvAttachment(export, mapper.toFilter(status, from, to));
    }

    @Override
    public Response getPayout(UUID payoutId) {
        return Response.ok(mapper.toDto(payouts.get(payoutId))).build();
    }

    @Override
    public Response listPayoutTransactions(UUID payoutId, Integer limit, String cursor) {
        return Response.ok(mapper.toTransactions(payouts.transactions(payoutId, PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    public Response getPayoutSummary(LocalDate from, LocalDate to, String groupBy) {
        mapper.checkGroupBy(groupBy);
        return Response.ok(mapper.toDto(payouts.summary(from, to))).build();
    }
}
