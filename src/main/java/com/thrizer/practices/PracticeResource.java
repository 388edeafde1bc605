package com.thrizer.practices;

import com.thrizer.api.generated.PracticeApi;
import com.thrizer.api.generated.model.BankAccountInputDto;
import com.thrizer.api.generated.model.UpdatePracticeRequestDto;
import com.thrizer.banking.BankAccountApiMapper;
import com.thrizer.banking.BankAccountService;
import com.thrizer.shared.security.Roles;
import com.thrizer.shared.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

public class PracticeResource implements PracticeApi {
    private final PracticeService practices;
    private final PracticeApiMapper mapper;
    private final BankAccountService bankAccounts;
    private final BankAccountApiMapper bankMapper;

    PracticeResource(
            PracticeService practices,
            PracticeApiMapper mapper,
            BankAccountService bankAccounts,
            BankAccountApiMapper bankMapper) {
        this.practices = practices;
        this.mapper = mapper;
        this.bankAccounts = bankAccounts;
        this.bankMapper = bankMapper;
    }

    @Override
    @RolesAllowed(Roles.PRACTICE_ADMIN)
    public Response getPayoutAccount() {
        return Response.ok(bankMapper.toDto(bankAccounts.payoutAccount())).build();
    }

    @Override
    @RolesAllowed(Roles.PRACTICE_ADMIN)
    public Response setPayoutAccount(BankAccountInputDto body) {
        return Response.ok(bankMapper.toDto(bankAccounts.setPayoutAccount(bankMapper.toInput(body))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.PRACTICE_READ)
    public Response getPractice() {
        return Response.ok(mapper.toDto(practices.current())).build();
    }

    @Override
    @RolesAllowed(Scopes.PRACTICE_WRITE)
    public Response updatePractice(UpdatePracticeRequestDto body) {
        return Response.ok(mapper.toDto(practices.update(mapper.toUpdate(body))))
                .build();
    }
}
