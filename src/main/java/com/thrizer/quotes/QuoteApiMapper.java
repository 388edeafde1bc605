package com.thrizer.quotes;

import com.thrizer.api.generated.model.CreateQuoteRequestDto;
import com.thrizer.api.generated.model.QuoteDto;
import com.thrizer.shared.web.MappingDefaults;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = MappingDefaults.class)
public abstract class QuoteApiMapper {

    @Mapping(target = "sessionFeeCents", source = "sessionFeeAmount")
    abstract QuoteRequest toRequest(CreateQuoteRequestDto d);

    @Mapping(target = "paymentType", source = "quote.paymentType")
    @Mapping(target = "kind", source = "quote.kind")
    @Mapping(target = "sessionFeeAmount", source = "quote.sessionFee.cents")
    @Mapping(target = "currency", constant = "USD")
    @Mapping(target = "cardAmount", source = "quote.cardAmount.cents")
    @Mapping(target = "clientFeeAmount", source = "quote.clientFee.cents")
    @Mapping(target = "thrizerAdvanceAmount", source = "quote.thrizerAdvance.cents")
    @Mapping(target = "processingFeeAmount", source = "quote.processingFee.cents")
    @Mapping(target = "clinicianNetAmount", source = "quote.clinicianNet.cents")
    @Mapping(target = "estimatedReimbursementAmount", source = "quote.estimatedReimbursement.cents")
    @Mapping(target = "estimatedClientCostAmount", source = "quote.estimatedClientCost.cents")
    @Mapping(target = "isEstimate", constant = "true")
    abstract QuoteDto toDto(PricedCharge priced);
}
