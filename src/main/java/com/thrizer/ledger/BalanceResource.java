package com.thrizer.ledger;

import com.thrizer.api.generated.BalanceApi;
import com.thrizer.shared.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

public class BalanceResource implements BalanceApi {
    private final BalanceAccess balances;
    private final LedgerApiMapper mapper;

    BalanceResource(BalanceAccess balances, LedgerApiMapper mapper) {
        this.balances = balances;
        this.mapper = mapper;
    }

    @Override
    @RolesAllowed(Scopes.PAYOUTS_READ)
    public Response getBalance() {
        return Response.ok(mapper.toDto(balances.balance())).build();
    }
}
