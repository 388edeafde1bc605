package com.thrizer.paymentmethods;

import com.thrizer.api.generated.model.PaymentMethodDto;
import com.thrizer.api.generated.model.PaymentMethodListDto;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PaymentMethodApiMapper {

    public PaymentMethodDto toDto(PaymentMethod pm) {
        if (pm == null) {
            return null;
        }
        return new PaymentMethodDto()
                .id(pm.id)
                .brand(PaymentMethodDto.BrandEnum.valueOf(pm.brand.name()))
                .last4(pm.last4)
                .expMonth(pm.expMonth)
                .expYear(pm.expYear)
                .funding(PaymentMethodDto.FundingEnum.valueOf(pm.funding.name()))
                .hsaFsa(pm.hsaFsa)
                .isDefault(pm.isDefault)
                .createdAt(ApiValues.utc(pm.createdAt));
    }

    public PaymentMethodListDto toDto(Page<PaymentMethod> page) {
        return new PaymentMethodListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }
}
