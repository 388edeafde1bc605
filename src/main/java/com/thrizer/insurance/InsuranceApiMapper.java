package com.thrizer.insurance;

import com.thrizer.api.generated.model.InsuranceCardImagesDto;
import com.thrizer.api.generated.model.InsuranceDto;
import com.thrizer.api.generated.model.InsuranceInputDto;
import com.thrizer.api.generated.model.InsuranceInsurerDto;
import com.thrizer.api.generated.model.InsuranceSubscriberDto;
import com.thrizer.shared.web.MappingDefaults;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = MappingDefaults.class)
public abstract class InsuranceApiMapper {

    @Mapping(target = "subscriberFirstName", source = "subscriber.firstName")
    @Mapping(target = "subscriberLastName", source = "subscriber.lastName")
    @Mapping(target = "subscriberDateOfBirth", source = "subscriber.dateOfBirth")
    @Mapping(target = "relationship", source = "subscriberRelationship")
    @Mapping(target = "subscriberGiven", expression = "java(d.getSubscriber() != null)")
    public abstract InsuranceInput toInput(InsuranceInputDto d);

    abstract InsurancePolicy.Relationship relationship(InsuranceInputDto.SubscriberRelationshipEnum dto);

    @Mapping(target = "insurer", source = "view")
    @Mapping(target = "planType", constant = "COMMERCIAL") // the only plan type a policy on file can have
    @Mapping(target = "subscriber", source = "view")
    @Mapping(target = "cardImages", source = "imageSides")
    public abstract InsuranceDto toDto(InsuranceView view);

    @Mapping(target = "id", source = "insurerId")
    @Mapping(target = "name", source = "insurerName")
    abstract InsuranceInsurerDto insurer(InsuranceView view);

    abstract InsuranceDto.SubscriberRelationshipEnum relationship(InsurancePolicy.Relationship relationship);

    /** Rule: the subscriber block is shown only when the subscriber is someone else (a name is on file). */
    InsuranceSubscriberDto subscriber(InsuranceView v) {
        return v.subscriberFirstName() == null
                ? null
                : new InsuranceSubscriberDto()
                        .firstName(v.subscriberFirstName())
                        .lastName(v.subscriberLastName())
                        .dateOfBirth(v.subscriberDateOfBirth());
    }

    /** Rule: each side is a flag for whether that image is on file. */
    InsuranceCardImagesDto cardImages(Set<String> sides) {
        return new InsuranceCardImagesDto().front(sides.contains("FRONT")).back(sides.contains("BACK"));
    }
}
