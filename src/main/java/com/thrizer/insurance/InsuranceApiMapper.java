package com.thrizer.insurance;

import com.thrizer.api.generated.model.InsuranceCardImagesDto;
import com.thrizer.api.generated.model.InsuranceDto;
import com.thrizer.api.generated.model.InsuranceInputDto;
import com.thrizer.api.generated.model.InsuranceInputSubscriberDto;
import com.thrizer.api.generated.model.InsuranceInsurerDto;
import com.thrizer.api.generated.model.InsuranceSubscriberDto;
import com.thrizer.api.generated.model.InsurerMatchStatusDto;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InsuranceApiMapper {

    public InsuranceInput toInput(InsuranceInputDto d) {
        InsuranceInputSubscriberDto sub = d.getSubscriber();
        return new InsuranceInput(
                d.getInsurer(),
                d.getMemberId(),
                d.getGroupNumber(),
                d.getPlanType().name(),
                InsurancePolicy.Relationship.valueOf(
                        d.getSubscriberRelationship().name()),
                sub == null ? null : sub.getFirstName(),
                sub == null ? null : sub.getLastName(),
                sub == null ? null : sub.getDateOfBirth(),
                sub != null);
    }

    public InsuranceDto toDto(InsuranceView view) {
        InsurancePolicy p = view.policy();
        return new InsuranceDto()
                .id(p.id)
                .insurer(new InsuranceInsurerDto()
                        .id(p.insurerId)
                        .name(p.insurerName)
                        .matchStatus(InsurerMatchStatusDto.valueOf(p.matchStatus.name()))
                        .needsReview(p.needsReview))
                .memberIdLast4(p.memberIdLast4)
                .groupNumber(p.groupNumber)
                .planType(InsuranceDto.PlanTypeEnum.COMMERCIAL)
                .subscriberRelationship(InsuranceDto.SubscriberRelationshipEnum.valueOf(p.relationship.name()))
                .subscriber(
                        p.subscriberFirstName == null
                                ? null
                                : new InsuranceSubscriberDto()
                                        .firstName(p.subscriberFirstName)
                                        .lastName(p.subscriberLastName)
                                        .dateOfBirth(p.subscriberDateOfBirth))
                .cardImages(new InsuranceCardImagesDto()
                        .front(view.imageSides().contains("FRONT"))
                        .back(view.imageSides().contains("BACK")))
                .createdAt(ApiValues.utc(p.createdAt))
                .updatedAt(ApiValues.utc(p.updatedAt));
    }
}
