package com.thrizer.practices;

import com.thrizer.api.generated.model.AddressDto;
import com.thrizer.api.generated.model.PracticeDto;
import com.thrizer.api.generated.model.UpdatePracticeRequestDto;
import com.thrizer.shared.web.MappingDefaults;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

@Mapper(config = MappingDefaults.class)
public abstract class PracticeApiMapper {

    @Mapping(target = "address", source = "p")
    @Mapping(target = "tin", qualifiedByName = "tin")
    @Mapping(target = "referralCodeApplied", expression = "java(p.referralCodeId() != null)")
    @Mapping(target = "processingFeeWaiverRemainingAmount", source = "feeWaiverRemainingCents")
    public abstract PracticeDto toDto(PracticeDetails p);

    /** By hand: no address block until line 1 is on file. */
    AddressDto address(PracticeDetails p) {
        return p.hasAddress()
                ? new AddressDto()
                        .line1(p.addressLine1())
                        .line2(p.addressLine2())
                        .city(p.addressCity())
                        .state(p.addressState())
                        .postalCode(p.addressPostalCode())
                : null;
    }

    /** By hand: the TIN is stored as nine digits and shown as {@code 12-3456789}. Named: not for other strings. */
    @Named("tin")
    static String tin(String tin) {
        return tin == null ? null : tin.substring(0, 2) + "-" + tin.substring(2);
    }

    abstract PracticeUpdate toUpdate(UpdatePracticeRequestDto dto);
}
