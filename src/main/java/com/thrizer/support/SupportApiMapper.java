package com.thrizer.support;

import com.thrizer.api.generated.model.CreateSupportRequestDto;
import com.thrizer.api.generated.model.SupportRequestDto;
import com.thrizer.api.generated.model.SupportTopicDto;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;

/** Support requests between the wire and the support feature. */
@ApplicationScoped
public class SupportApiMapper {

    SupportRequestInput toInput(CreateSupportRequestDto d) {
        return new SupportRequestInput(
                SupportRequest.Topic.valueOf(d.getTopic().name()),
                d.getMessage(),
                d.getRelatedClaimId(),
                d.getRelatedChargeId());
    }

    SupportRequestDto toDto(SupportRequestView r) {
        return new SupportRequestDto()
                .id(r.id())
                .topic(SupportTopicDto.valueOf(r.topic().name()))
                .status(SupportRequestDto.StatusEnum.valueOf(r.status().name()))
                .relatedClaimId(r.relatedClaimId())
                .relatedChargeId(r.relatedChargeId())
                .createdAt(ApiValues.utc(r.createdAt()));
    }
}
