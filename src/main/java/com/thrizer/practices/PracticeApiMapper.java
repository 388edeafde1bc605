package com.thrizer.practices;

import com.thrizer.api.generated.model.AddressDto;
import com.thrizer.api.generated.model.PracticeDto;
import com.thrizer.api.generated.model.UpdatePracticeRequestDto;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PracticeApiMapper {

    public PracticeDto toDto(Practice p) {
        return new PracticeDto()
                .id(p.id)
                .name(p.name)
                .address(
                        p.hasAddress()
                                ? new AddressDto()
                                        .line1(p.addressLine1)
                                        .line2(p.addressLine2)
                                        .city(p.addressCity)
                                        .state(p.addressState)
                                        .postalCode(p.addressPostalCode)
                                : null)
                .tin(p.tin == null ? null : p.tin.substring(0, 2) + "-" + p.tin.substring(2))
                .groupNpi(p.groupNpi)
                .phone(p.phone)
                .referralCodeApplied(p.referralCodeId != null)
                .processingFeeWaiverRemainingAmount(p.feeWaiverRemainingCents)
                .currency(PracticeDto.CurrencyEnum.fromValue(p.currency))
                .createdAt(ApiValues.utc(p.createdAt))
                .updatedAt(ApiValues.utc(p.updatedAt));
    }

    PracticeUpdate toUpdate(UpdatePracticeRequestDto dto) {
        AddressDto a = dto.getAddress();
        return new PracticeUpdate(
                dto.getName(),
                a == null
                        ? null
                        : new PracticeUpdate.PostalAddress(
                                a.getLine1(), a.getLine2(), a.getCity(), a.getState(), a.getPostalCode()),
                dto.getTin(),
                dto.getGroupNpi(),
                dto.getPhone());
    }
}
