package com.thrizer.paymentmethods;

import com.thrizer.api.generated.model.PaymentMethodDto;
import com.thrizer.api.generated.model.PaymentMethodListDto;
import com.thrizer.processor.CardDetails;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ListPageMapping;
import com.thrizer.shared.web.MappingDefaults;
import org.mapstruct.Mapper;

@Mapper(config = MappingDefaults.class)
public abstract class PaymentMethodApiMapper {

    public abstract PaymentMethodDto toDto(SavedCard pm);

    @ListPageMapping
    public abstract PaymentMethodListDto toDto(Page<SavedCard> page);

    abstract PaymentMethodDto.BrandEnum toDto(CardDetails.Brand brand);

    abstract PaymentMethodDto.FundingEnum toDto(CardDetails.Funding funding);
}
