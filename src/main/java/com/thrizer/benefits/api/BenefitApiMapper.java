package com.thrizer.benefits.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thrizer.api.generated.model.AdminBenefitCheckDto;
import com.thrizer.api.generated.model.BenefitCheckDto;
import com.thrizer.api.generated.model.BenefitCheckInsurerDto;
import com.thrizer.api.generated.model.BenefitCheckLatestManualVerificationDto;
import com.thrizer.api.generated.model.BenefitCheckListDto;
import com.thrizer.api.generated.model.BenefitCheckStatusDto;
import com.thrizer.api.generated.model.BenefitSourceDto;
import com.thrizer.api.generated.model.ChargeKindDto;
import com.thrizer.api.generated.model.CompleteManualVerificationRequestDto;
import com.thrizer.api.generated.model.ConfidenceDto;
import com.thrizer.api.generated.model.CreateBenefitCheckRequestDto;
import com.thrizer.api.generated.model.CreateManualVerificationRequestDto;
import com.thrizer.api.generated.model.EligibilityReasonDto;
import com.thrizer.api.generated.model.ManualVerificationDto;
import com.thrizer.api.generated.model.ManualVerificationListDto;
import com.thrizer.api.generated.model.ManualVerificationStatusDto;
import com.thrizer.api.generated.model.OonBenefitsDto;
import com.thrizer.api.generated.model.PaymentEligibilityDto;
import com.thrizer.api.generated.model.PaymentTypeAvailabilityDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.api.generated.model.ProjectionRowDto;
import com.thrizer.api.generated.model.ServiceEstimateDto;
import com.thrizer.api.generated.model.SessionEstimateDto;
import com.thrizer.benefits.domain.BenefitCheckFacts;
import com.thrizer.benefits.domain.BenefitCheckService;
import com.thrizer.benefits.domain.BenefitCheckView;
import com.thrizer.benefits.domain.CheckTarget;
import com.thrizer.benefits.domain.ServiceEstimate;
import com.thrizer.benefits.eligibility.Eligibility;
import com.thrizer.benefits.eligibility.VerifiedBenefits;
import com.thrizer.benefits.persistence.BenefitCheck;
import com.thrizer.benefits.persistence.ManualVerification;
import com.thrizer.benefits.verification.ManualVerificationInput;
import com.thrizer.benefits.verification.ManualVerificationView;
import com.thrizer.benefits.verification.VerificationLink;
import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.PaymentType;
import com.thrizer.billing.ProjectedSession;
import com.thrizer.billing.SessionEstimate;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ListPageMapping;
import com.thrizer.shared.web.MappingDefaults;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ValueMapping;

@Mapper(config = MappingDefaults.class, imports = BenefitCheckDto.class)
public abstract class BenefitApiMapper {
    @Inject
    ObjectMapper json;

    @Mapping(target = "sessionFeeCents", source = "sessionFeeAmount")
    public abstract CheckTarget toTarget(CreateBenefitCheckRequestDto d);

    @ValueMapping(source = MappingConstants.NULL, target = "SESSION") // rule: no kind asked is a session
    public abstract ChargeKind kind(ChargeKindDto dto);

    abstract ChargeKindDto toDto(ChargeKind kind);

    abstract PaymentTypeDto toDto(PaymentType type);

    @Mapping(target = ".", source = "check")
    @Mapping(target = "insurer", source = "check")
    @Mapping(target = "sessionFeeAmount", source = "check.sessionFeeCents")
    @Mapping(target = "currency", constant = "USD") // the contract's only currency
    @Mapping(target = "deductibleTotalAmount", source = "check.deductibleTotalCents")
    @Mapping(target = "deductibleMetAmount", source = "check.deductibleMetCents")
    @Mapping(target = "deductibleRemainingAmount", source = "check.deductibleRemainingCents")
    @Mapping(target = "outOfPocketTotalAmount", source = "check.oopTotalCents")
    @Mapping(target = "outOfPocketRemainingAmount", source = "check.oopRemainingCents")
    @Mapping(target = "coinsuranceBasisPoints", source = "check.coinsuranceBps")
    @Mapping(target = "estimatedAllowedAmount", source = "check.allowedCents")
    @Mapping(target = "stale", source = "stale")
    @Mapping(target = "estimate", source = "estimate")
    @Mapping(target = "projection", source = "projection")
    @Mapping(target = "removeProjectionItem", ignore = true)
    // rule: an incomplete check is followed by a manual verification
    @Mapping(
            target = "nextStep",
            expression = "java(view.check().isComplete() ? null : BenefitCheckDto.NextStepEnum.MANUAL_VERIFICATION)")
    @Mapping(target = "manualVerificationId", expression = "java(view.openManualVerificationId())")
    public abstract BenefitCheckDto toDto(BenefitCheckView view);

    @Mapping(target = "id", source = "insurerId")
    @Mapping(target = "name", source = "insurerName")
    abstract BenefitCheckInsurerDto insurer(BenefitCheckFacts c);

    abstract BenefitCheckStatusDto toDto(BenefitCheck.Status status);

    abstract OonBenefitsDto toDto(BenefitCheck.Oon oon);

    abstract BenefitSourceDto toDto(BenefitCheck.Source source);

    abstract ConfidenceDto toDto(BenefitCheck.Confidence confidence);

    abstract BenefitCheckDto.FailureReasonEnum toDto(BenefitCheck.FailureReason reason);

    abstract BenefitCheckLatestManualVerificationDto toLink(VerificationLink v);

    @ListPageMapping
    public abstract BenefitCheckListDto toDto(Page<BenefitCheckView> page);

    @Mapping(target = "isEstimate", constant = "true") // always an estimate, never a promise
    @Mapping(target = "sessionFeeAmount", source = "sessionFee.cents")
    @Mapping(target = "baseAmount", source = "base.cents")
    @Mapping(target = "deductibleAmount", source = "deductible.cents")
    @Mapping(target = "coinsuranceAmount", source = "coinsurance.cents")
    @Mapping(target = "clientShareAmount", source = "clientShare.cents")
    @Mapping(target = "reimbursementAmount", source = "reimbursement.cents")
    @Mapping(target = "clientCostAmount", source = "clientCost.cents")
    @Mapping(target = "currency", constant = "USD")
    public abstract SessionEstimateDto toDto(SessionEstimate e);

    @Mapping(target = "deductibleRemainingBeforeAmount", source = "deductibleRemainingBefore.cents")
    @Mapping(target = "deductibleAmount", source = "estimate.deductible.cents")
    @Mapping(target = "coinsuranceAmount", source = "estimate.coinsurance.cents")
    @Mapping(target = "reimbursementAmount", source = "estimate.reimbursement.cents")
    @Mapping(target = "clientCostAmount", source = "estimate.clientCost.cents")
    abstract ProjectionRowDto toDto(ProjectedSession p);

    public abstract ServiceEstimateDto toDto(ServiceEstimate s);

    /** By hand: one availability per payment type, available when it has no reasons against it. */
    public PaymentEligibilityDto toDto(Eligibility e) {
        return new PaymentEligibilityDto()
                .clientId(e.clientId())
                .kind(toDto(e.kind()))
                .benefitCheckId(e.benefitCheckId())
                .paymentTypes(e.reasons().entrySet().stream()
                        .map(entry -> new PaymentTypeAvailabilityDto()
                                .paymentType(toDto(entry.getKey()))
                                .available(entry.getValue().isEmpty())
                                .reasons(entry.getValue().stream()
                                        .map(EligibilityReasonDto::fromValue)
                                        .toList()))
                        .toList());
    }

    public abstract ManualVerificationInput toInput(CreateManualVerificationRequestDto d);

    /** By hand: the answer's OON flag is a yes/no enum on the wire. */
    public VerifiedBenefits toVerified(CompleteManualVerificationRequestDto d) {
        return new VerifiedBenefits(
                d.getCoverageActive(),
                d.getOonBenefits() == CompleteManualVerificationRequestDto.OonBenefitsEnum.YES,
                d.getDeductibleTotalAmount(),
                d.getDeductibleRemainingAmount(),
                d.getOutOfPocketTotalAmount(),
                d.getOutOfPocketRemainingAmount(),
                d.getCoinsuranceBasisPoints(),
                d.getAllowedAmount(),
                d.getPlanYearEnd());
    }

    public abstract ManualVerification.Status status(ManualVerificationStatusDto dto);

    abstract ManualVerificationStatusDto toDto(ManualVerification.Status status);

    @Mapping(target = "cardImages.front", source = "cardFront")
    @Mapping(target = "cardImages.back", source = "cardBack")
    public abstract ManualVerificationDto toDto(ManualVerificationView v);

    @ListPageMapping
    public abstract ManualVerificationListDto toManualVerificationList(Page<ManualVerificationView> page);

    /** By hand: the payer's raw answer is stored as JSON text and answered as an object. */
    public AdminBenefitCheckDto toAdminDto(BenefitCheckService.AdminView admin) {
        BenefitCheckView view = admin.view();
        String raw = admin.rawAnswer();
        try {
            Map<String, Object> answer = raw == null ? null : json.readValue(raw, new TypeReference<>() {});
            return new AdminBenefitCheckDto()
                    .benefitCheck(toDto(view))
                    .practiceId(view.check().practiceId())
                    .rawPayerResponse(answer);
        } catch (IOException e) {
            throw new IllegalStateException("stored payer answer is not JSON", e);
        }
    }
}
