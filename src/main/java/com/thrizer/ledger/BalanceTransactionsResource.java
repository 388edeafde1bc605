package com.thrizer.ledger;

import com.thrizer.api.generated.BalanceTransactionsApi;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;

public class BalanceTransactionsResource implements BalanceTransactionsApi {
    private final BalanceAccess balances;
    private final LedgerApiMapper mapper;

    BalanceTransactionsResource(BalanceAccess balances, LedgerApiMapper mapper) {
        this.balances = balances;
        this.mapper = mapper;
    }

    @Override
    @RolesAllowed(Scopes.PAYOUTS_READ)
    public Response listBalanceTransactions(
            Integer limit, String cursor, String type, UUID chargeId, LocalDate from, LocalDate to) {
        return Response.ok(mapper.toDto(balances.transactions(type, chargeId, from, to, PageRequest.of(limit, cursor))))
                .build();
    }
}
