package com.thrizer.payouts;

import com.thrizer.api.generated.PayoutsApi;
import com.thrizer.api.generated.model.PayoutStatusDto;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Scopes;
import com.thrizer.shared.web.RequestMetadata;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;

@RolesAllowed(Scopes.PAYOUTS_READ)
public class PayoutsResource implements PayoutsApi {
    private final PayoutService payouts;
    private final PayoutExport export;
    private final PayoutApiMapper mapper;
    private final RequestMetadata request;

    PayoutsResource(PayoutService payouts, PayoutExport export, PayoutApiMapper mapper, RequestMetadata request) {
        this.payouts = payouts;
        this.export = export;
        this.mapper = mapper;
        this.request = request;
    }

    @Override
    public Response listPayouts(Integer limit, String cursor, PayoutStatusDto status, LocalDate from, LocalDate to) {
        PayoutFilter filter = mapper.toFilter(status, from, to);
        if (request.prefers("text/csv")) {
            return mapper.csvAttachment(export, filter);
        }
        return Response.ok(mapper.toDto(payouts.list(filter, PageRequest.of(limit, cursor))))
                .build();
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
