package com.thrizer.banking;

import com.thrizer.api.generated.MeReimbursementAccountApi;
import com.thrizer.api.generated.model.BankAccountInputDto;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

/** The signed-in client's bank account for insurance reimbursements. */
@RolesAllowed(Roles.CLIENT)
public class MeReimbursementAccountResource implements MeReimbursementAccountApi {
    private final CallerContext callers;
    private final BankAccountService bankAccounts;
    private final BankAccountApiMapper mapper;

    MeReimbursementAccountResource(
            CallerContext callers, BankAccountService bankAccounts, BankAccountApiMapper mapper) {
        this.callers = callers;
        this.bankAccounts = bankAccounts;
        this.mapper = mapper;
    }

    @Override
    public Response getReimbursementAccount() {
        return Response.ok(mapper.toDto(bankAccounts.reimbursementAccount(callers.clientScope())))
                .build();
    }

    @Override
    public Response setReimbursementAccount(BankAccountInputDto body) {
        return Response.ok(
                        mapper.toDto(bankAccounts.setReimbursementAccount(callers.clientScope(), mapper.toInput(body))))
                .build();
    }

    @Override
    public Response deleteReimbursementAccount() {
        bankAccounts.deleteReimbursementAccount(callers.clientScope());
        return Response.noContent().build();
    }
}
