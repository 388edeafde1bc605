package com.thrizer.charges.api;

import com.thrizer.api.generated.model.ChargeDto;
import com.thrizer.api.generated.model.ChargeKindDto;
import com.thrizer.api.generated.model.ChargeListDto;
import com.thrizer.api.generated.model.ChargeStatusDto;
import com.thrizer.api.generated.model.CreateChargeRequestDto;
import com.thrizer.api.generated.model.CreateRefundRequestDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.api.generated.model.PlaceOfServiceDto;
import com.thrizer.api.generated.model.RefundDto;
import com.thrizer.api.generated.model.RefundListDto;
import com.thrizer.api.generated.model.RefundReasonDto;
import com.thrizer.api.generated.model.SuperbillDto;
import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.PaymentType;
import com.thrizer.charges.documents.SuperbillView;
import com.thrizer.charges.domain.ChargeCommand;
import com.thrizer.charges.domain.ChargeExport;
import com.thrizer.charges.domain.ChargeFilter;
import com.thrizer.charges.domain.ChargeView;
import com.thrizer.charges.domain.RefundView;
import com.thrizer.charges.persistence.Charge;
import com.thrizer.charges.persistence.Refund;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.Attachments;
import com.thrizer.shared.web.MappingDefaults;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = MappingDefaults.class, imports = List.class)
public abstract class ChargeApiMapper {

    @Mapping(target = "sessionFeeCents", source = "sessionFeeAmount")
    @Mapping(target = "modifiers", source = "modifiers", defaultExpression = "java(List.of())")
    @Mapping(target = "diagnosisCodes", source = "diagnosisCodes", defaultExpression = "java(List.of())")
    public abstract ChargeCommand toCommand(CreateChargeRequestDto d);

    /** Hand-written: query parameters, not a DTO (the enums go through the generated conversions below). */
    public ChargeFilter toFilter(
            UUID clientId,
            UUID clinicianId,
            PaymentTypeDto paymentType,
            ChargeStatusDto status,
            ChargeKindDto kind,
            LocalDate from,
            LocalDate to) {
        return new ChargeFilter(
                clientId, clinicianId, toPaymentType(paymentType), toStatus(status), toKind(kind), from, to);
    }

    abstract PaymentType toPaymentType(PaymentTypeDto type);

    abstract Charge.Status toStatus(ChargeStatusDto status);

    abstract ChargeKind toKind(ChargeKindDto kind);

    /** A CSV export as a streamed attachment. */
    public Response csvAttachment(ChargeExport.Csv csv, String filename) {
        return Attachments.csv(csv::writeTo, filename);
    }

    public Refund.Reason toReason(CreateRefundRequestDto d) {
        return toReason(d.getReason());
    }

    abstract Refund.Reason toReason(RefundReasonDto reason);

    @Mapping(target = "paymentMethod.brand", source = "cardBrand")
    @Mapping(target = "paymentMethod.last4", source = "cardLast4")
    @Mapping(target = "sessionFeeAmount", source = "sessionFeeCents")
    @Mapping(target = "cardAmount", source = "cardAmountCents")
    @Mapping(target = "clientFeeAmount", source = "clientFeeCents")
    @Mapping(target = "thrizerAdvanceAmount", source = "advanceCents")
    @Mapping(target = "processingFeeAmount", source = "processingFeeCents")
    @Mapping(target = "clinicianNetAmount", source = "netCents")
    @Mapping(target = "refundedAmount", source = "refundedCents")
    @Mapping(target = "estimatedReimbursementAmount", source = "estimatedReimbursementCents")
    @Mapping(target = "estimatedClientCostAmount", source = "estimatedClientCostCents")
    @Mapping(target = "currency", constant = "USD")
    @Mapping(target = "removeModifiersItem", ignore = true)
    @Mapping(target = "removeDiagnosisCodesItem", ignore = true)
    public abstract ChargeDto toDto(ChargeView v);

    @Mapping(target = "removeDataItem", ignore = true)
    public abstract ChargeListDto toDto(Page<ChargeView> page);

    @Mapping(target = "amount", source = "amountCents")
    @Mapping(target = "currency", constant = "USD")
    public abstract RefundDto toDto(RefundView v);

    @Mapping(target = "totalAmount", source = "totalCents")
    public abstract SuperbillDto toDto(SuperbillView v);

    @Mapping(target = "removeDataItem", ignore = true)
    public abstract RefundListDto toRefundList(Page<RefundView> page);

    /** Hand-written: the contract's codes are the lower-case wire values, not the constants' names. */
    ChargeDto.FailureCodeEnum failureCode(String code) {
        return code == null ? null : ChargeDto.FailureCodeEnum.fromValue(code);
    }

    /** Hand-written: places of service are the CMS codes ("02"), not the constants' names. */
    PlaceOfServiceDto placeOfService(String code) {
        return code == null ? null : PlaceOfServiceDto.fromString(code);
    }

    String placeOfService(PlaceOfServiceDto place) {
        return place == null ? null : place.toString();
    }
}
