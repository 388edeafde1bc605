package com.thrizer.charges;

import com.thrizer.api.generated.model.ChargeDto;
import com.thrizer.api.generated.model.ChargeKindDto;
import com.thrizer.api.generated.model.ChargeListDto;
import com.thrizer.api.generated.model.ChargePaymentMethodDto;
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
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import com.thrizer.shared.web.Attachments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ChargeApiMapper {

    public ChargeCommand toCommand(CreateChargeRequestDto d) {
        return new ChargeCommand(
                d.getClientId(),
                d.getClinicianId(),
                d.getPaymentMethodId(),
                PaymentType.valueOf(d.getPaymentType().name()),
                ChargeKind.valueOf(d.getKind().name()),
                d.getSessionFeeAmount(),
                d.getAppointmentDate(),
                d.getServiceId(),
                d.getCptCode(),
                d.getDurationMinutes(),
                d.getPlaceOfService().toString(),
                d.getModifiers() == null ? List.of() : d.getModifiers(),
                d.getDiagnosisCodes() == null ? List.of() : d.getDiagnosisCodes(),
                d.getAddOnUnits());
    }

    public ChargeFilter toFilter(
            UUID clientId,
            UUID clinicianId,
            PaymentTypeDto paymentType,
            ChargeStatusDto status,
            ChargeKindDto kind,
            LocalDate from,
            LocalDate to) {
        return new ChargeFilter(
                clientId,
                clinicianId,
                paymentType == null ? null : PaymentType.valueOf(paymentType.name()),
                status == null ? null : Charge.Status.valueOf(status.name()),
                kind == null ? null : ChargeKind.valueOf(kind.name()),
                from,
                to);
    }

    /** A CSV export as a streamed attachment. */
    public Response csvAttachment(ChargeExport.Csv csv, String filename) {
        return Attachments.csv(csv::writeTo, filename);
    }

    public Refund.Reason toReason(CreateRefundRequestDto d) {
        return Refund.Reason.valueOf(d.getReason().name());
    }

    public ChargeDto toDto(ChargeView v) {
        Charge c = v.charge();
        return new ChargeDto()
                .id(c.id)
                .clientId(c.clientId)
                .clinicianId(c.clinicianId)
                .createdBy(c.createdBy)
                .paymentMethodId(c.paymentMethodId)
                .paymentMethod(new ChargePaymentMethodDto().brand(v.cardBrand()).last4(v.cardLast4()))
                .paymentType(PaymentTypeDto.valueOf(c.paymentType.name()))
                .kind(ChargeKindDto.valueOf(c.kind.name()))
                .status(ChargeStatusDto.valueOf(c.status.name()))
                .failureCode(c.failureCode == null ? null : ChargeDto.FailureCodeEnum.fromValue(c.failureCode))
                .sessionFeeAmount(c.sessionFeeCents)
                .cardAmount(c.cardAmountCents)
                .clientFeeAmount(c.clientFeeCents)
                .thrizerAdvanceAmount(c.advanceCents)
                .processingFeeAmount(c.processingFeeCents)
                .clinicianNetAmount(c.netCents)
                .refundedAmount(c.refundedCents)
                .estimatedReimbursementAmount(c.estimatedReimbursementCents)
                .estimatedClientCostAmount(c.estimatedClientCostCents)
                .currency(ChargeDto.CurrencyEnum.USD)
                .appointmentDate(c.appointmentDate)
                .cptCode(c.cptCode)
                .serviceId(c.serviceId)
                .durationMinutes(c.durationMinutes)
                .placeOfService(PlaceOfServiceDto.fromString(c.placeOfService))
                .modifiers(c.modifierList())
                .diagnosisCodes(c.diagnosisList())
                .addOnUnits(c.addOnUnits)
                .claimId(v.claimId())
                .benefitCheckId(c.benefitCheckId)
                .attempts(c.attempts)
                .createdAt(ApiValues.utc(c.createdAt))
                .updatedAt(ApiValues.utc(c.updatedAt));
    }

    public ChargeListDto toDto(Page<ChargeView> page) {
        return new ChargeListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    public RefundDto toDto(RefundView v) {
        Refund r = v.refund();
        return new RefundDto()
                .id(r.id)
                .chargeId(r.chargeId)
                .amount(r.amountCents)
                .currency(RefundDto.CurrencyEnum.USD)
                .reason(RefundReasonDto.valueOf(r.reason.name()))
                .status(RefundDto.StatusEnum.valueOf(r.status.name()))
                .createdBy(r.createdBy)
                .createdAt(ApiValues.utc(r.createdAt));
    }

    public SuperbillDto toDto(SuperbillView v) {
        return new SuperbillDto()
                .id(v.id())
                .clientId(v.clientId())
                .from(v.from())
                .to(v.to())
                .lineCount(v.lineCount())
                .totalAmount(v.totalCents())
                .currency(v.currency())
                .createdAt(ApiValues.utc(v.createdAt()));
    }

    public RefundListDto toRefundList(Page<RefundView> page) {
        return new RefundListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }
}
