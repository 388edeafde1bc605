package com.thrizer.banking;

import com.thrizer.api.generated.model.BankAccountDto;
import com.thrizer.api.generated.model.BankAccountInputDto;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BankAccountApiMapper {

    public BankAccountInput toInput(BankAccountInputDto d) {
        return new BankAccountInput(
                d.getHolderName(),
                d.getRoutingNumber(),
                d.getAccountNumber(),
                BankAccount.Type.valueOf(d.getAccountType().name()));
    }

    public BankAccountDto toDto(BankAccount a) {
        return new BankAccountDto()
                .holderName(a.holderName)
                .accountType(BankAccountDto.AccountTypeEnum.valueOf(a.accountType.name()))
                .routingNumberLast4(a.routingNumberLast4)
                .accountNumberLast4(a.accountNumberLast4)
                .updatedAt(ApiValues.utc(a.updatedAt));
    }
}
