package com.thrizer.banking;

import com.thrizer.api.generated.model.BankAccountDto;
import com.thrizer.api.generated.model.BankAccountInputDto;
import com.thrizer.shared.web.MappingDefaults;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = MappingDefaults.class)
public abstract class BankAccountApiMapper {

    @Mapping(target = "type", source = "accountType")
    public abstract BankAccountInput toInput(BankAccountInputDto d);

    public abstract BankAccountDto toDto(BankAccountView a);
}
