package com.thrizer.benefits;

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
import com.thrizer.api.generated.model.ManualVerificationCardImagesDto;
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
import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.ProjectedSession;
import com.thrizer.billing.SessionEstimate;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Map;

@ApplicationScoped
public class BenefitApiMapper {
    private final ObjectMapper json;

    BenefitApiMapper(ObjectMapper json) {
        this.json = json;
    }

    public CheckTarget toTarget(CreateBenefitCheckRequestDto d) {
        return new CheckTarget(d.getServiceId(), d.getCptCode(), d.getSessionFeeAmount());
    }

    public static ChargeKind kind(ChargeKindDto dto) {
        return dto == null ? ChargeKind.SESSION : ChargeKind.valueOf(dto.name());
    }

    public BenefitCheckDto toDto(BenefitCheckView view) {
        BenefitCheck c = view.check();
        boolean complete = c.isComplete();
        return new BenefitCheckDto()
                .id(c.id)
                .clientId(c.clientId)
                .status(BenefitCheckStatusDto.valueOf(c.status.name()))
                .insurer(new BenefitCheckInsurerDto().id(c.insurerId).name(c.insurerName))
                .cptCode(c.cptCode)
                .sessionFeeAmount(c.sessionFeeCents)
                .currency(BenefitCheckDto.CurrencyEnum.USD)
                .coverageActive(c.coverageActive)
                .oonBenefits(OonBenefitsDto.valueOf(c.oonBenefits.name()))
                .planYearStart(c.planYearStart)
                .planYearEnd(c.planYearEnd)
                .deductibleTotalAmount(c.deductibleTotalCents)
                .deductibleMetAmount(c.deductibleMetCents)
                .deductibleRemainingAmount(c.deductibleRemainingCents)
                .outOfPocketTotalAmount(c.oopTotalCents)
                .outOfPocketRemainingAmount(c.oopRemainingCents)
                .coinsuranceBasisPoints(c.coinsuranceBps)
                .estimatedAllowedAmount(c.allowedCents)
                .source(BenefitSourceDto.valueOf(c.source.name()))
                .confidence(ConfidenceDto.valueOf(c.confidence.name()))
                .checkedAt(ApiValues.utc(c.checkedAt))
                .staleAfter(ApiValues.utc(c.staleAfter))
                .stale(view.stale())
                .failureReason(
                        c.failureReason == null
                                ? null
                                : BenefitCheckDto.FailureReasonEnum.valueOf(c.failureReason.name()))
                .nextStep(complete ? null : BenefitCheckDto.NextStepEnum.MANUAL_VERIFICATION)
                .manualVerificationId(view.openManualVerificationId())
                .latestManualVerification(toLink(view.latestManualVerification()))
                .estimate(toDto(view.estimate()))
                .projection(
                        view.projection().stream().map(BenefitApiMapper::toDto).toList())
                .createdAt(ApiValues.utc(c.createdAt));
    }

    private static BenefitCheckLatestManualVerificationDto toLink(ManualVerification v) {
        return v == null
                ? null
                : new BenefitCheckLatestManualVerificationDto()
                        .id(v.id)
                        .status(ManualVerificationStatusDto.valueOf(v.status.name()))
                        .resultBenefitCheckId(v.resultBenefitCheckId);
    }

    public BenefitCheckListDto toDto(Page<BenefitCheckView> page) {
        return new BenefitCheckListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    public static SessionEstimateDto toDto(SessionEstimate e) {
        if (e == null) {
            return null;
        }
        return new SessionEstimateDto()
                .isEstimate(true)
                .sessionFeeAmount(e.sessionFee().cents())
                .baseAmount(e.base().cents())
                .deductibleAmount(e.deductible().cents())
                .coinsuranceAmount(e.coinsurance().cents())
                .clientShareAmount(e.clientShare().cents())
                .reimbursementAmount(e.reimbursement().cents())
                .clientCostAmount(e.clientCost().cents())
                .currency(SessionEstimateDto.CurrencyEnum.USD);
    }

    static ProjectionRowDto toDto(ProjectedSession p) {
        return new ProjectionRowDto()
                .session(p.session())
                .deductibleRemainingBeforeAmount(p.deductibleRemainingBefore().cents())
                .deductibleAmount(p.estimate().deductible().cents())
                .coinsuranceAmount(p.estimate().coinsurance().cents())
                .reimbursementAmount(p.estimate().reimbursement().cents())
                .clientCostAmount(p.estimate().clientCost().cents());
    }

    public static ServiceEstimateDto toDto(ServiceEstimate s) {
        return new ServiceEstimateDto()
                .serviceId(s.serviceId())
                .serviceName(s.serviceName())
                .cptCode(s.cptCode())
                .estimate(toDto(s.estimate()));
    }

    public PaymentEligibilityDto toDto(Eligibility e) {
        return new PaymentEligibilityDto()
                .clientId(e.clientId())
                .kind(ChargeKindDto.valueOf(e.kind().name()))
                .benefitCheckId(e.benefitCheckId())
                .paymentTypes(e.reasons().entrySet().stream()
                        .map(entry -> new PaymentTypeAvailabilityDto()
                                .paymentType(
                                        PaymentTypeDto.valueOf(entry.getKey().name()))
                                .available(entry.getValue().isEmpty())
                                .reasons(entry.getValue().stream()
                                        .map(EligibilityReasonDto::fromValue)
                                        .toList()))
                        .toList());
    }

    public ManualVerificationInput toInput(CreateManualVerificationRequestDto d) {
        return new ManualVerificationInput(d.getDateOfBirth(), d.getCorrectedMemberId(), d.getNote());
    }

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

    public static ManualVerification.Status status(ManualVerificationStatusDto dto) {
        return dto == null ? null : ManualVerification.Status.valueOf(dto.name());
    }

    public ManualVerificationDto toDto(ManualVerification v) {
        return new ManualVerificationDto()
                .id(v.id)
                .benefitCheckId(v.benefitCheckId)
                .clientId(v.clientId)
                .status(ManualVerificationStatusDto.valueOf(v.status.name()))
                .dateOfBirth(v.dateOfBirth)
                .correctedMemberIdLast4(v.correctedMemberIdLast4)
                .note(v.note)
                .cardImages(
                        new ManualVerificationCardImagesDto().front(v.cardFront).back(v.cardBack))
                .resultBenefitCheckId(v.resultBenefitCheckId)
                .reason(v.reason)
                .createdAt(ApiValues.utc(v.createdAt))
                .updatedAt(ApiValues.utc(v.updatedAt));
    }

    public ManualVerificationListDto toManualVerificationList(Page<ManualVerification> page) {
        return new ManualVerificationListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    public AdminBenefitCheckDto toAdminDto(BenefitCheckService.AdminView admin) {
        BenefitCheckView view = admin.view();
        String raw = admin.rawAnswer();
        try {
            Map<String, Object> answer = raw == null ? null : json.readValue(raw, new TypeReference<>() {});
            return new AdminBenefitCheckDto()
                    .benefitCheck(toDto(view))
                    .practiceId(view.check().practiceId)
                    .rawPayerResponse(answer);
        } catch (IOException e) {
            throw new IllegalStateException("stored payer answer is not JSON", e);
        }
    }
}
