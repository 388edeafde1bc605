package com.thrizer.quotes;

import com.thrizer.api.generated.model.ChargeKindDto;
import com.thrizer.api.generated.model.CreateQuoteRequestDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.api.generated.model.QuoteDto;
import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.PaymentType;
import com.thrizer.billing.Quote;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class QuoteApiMapper {

    QuoteRequest toRequest(CreateQuoteRequestDto d) {
        return new QuoteRequest(
                d.getClientId(),
                d.getClinicianId(),
                PaymentType.valueOf(d.getPaymentType().name()),
                ChargeKind.valueOf(d.getKind().name()),
                d.getSessionFeeAmount(),
                d.getCptCode());
    }

    QuoteDto toDto(PricedCharge priced) {
        Quote q = priced.quote();
        return new QuoteDto()
                .paymentType(PaymentTypeDto.valueOf(q.paymentType().name()))
                .kind(ChargeKindDto.valueOf(q.kind().name()))
                .sessionFeeAmount(q.sessionFee().cents())
                .currency(QuoteDto.CurrencyEnum.USD)
                .cardAmount(q.cardAmount().cents())
                .clientFeeAmount(q.clientFee().cents())
                .thrizerAdvanceAmount(q.thrizerAdvance().cents())
                .processingFeeAmount(q.processingFee().cents())
                .clinicianNetAmount(q.clinicianNet().cents())
                .estimatedReimbursementAmount(q.estimatedReimbursement().cents())
                .estimatedClientCostAmount(q.estimatedClientCost().cents())
                .isEstimate(true)
                .benefitCheckId(priced.benefitCheckId());
    }
}
