package com.thrizer.claims;

import com.thrizer.api.generated.model.AdjudicateClaimRequestDto;
import com.thrizer.api.generated.model.ChargeKindDto;
import com.thrizer.api.generated.model.ClaimAdjudicationDto;
import com.thrizer.api.generated.model.ClaimDto;
import com.thrizer.api.generated.model.ClaimEstimateDto;
import com.thrizer.api.generated.model.ClaimInsuranceDto;
import com.thrizer.api.generated.model.ClaimListDto;
import com.thrizer.api.generated.model.ClaimProviderDto;
import com.thrizer.api.generated.model.ClaimResultDto;
import com.thrizer.api.generated.model.ClaimRoutingDto;
import com.thrizer.api.generated.model.ClaimSourceDto;
import com.thrizer.api.generated.model.ClaimStatusChangeDto;
import com.thrizer.api.generated.model.ClaimStatusDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.api.generated.model.ReimbursementDto;
import com.thrizer.api.generated.model.ReimbursementListDto;
import com.thrizer.api.generated.model.ReimbursementStatusDto;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class ClaimApiMapper {

    public ClaimFilter toFilter(
            UUID clientId,
            UUID clinicianId,
            PaymentTypeDto paymentType,
            ChargeKindDto chargeKind,
            ClaimSourceDto source,
            ClaimStatusDto status,
            ClaimResultDto result,
            LocalDate from,
            LocalDate to,
            LocalDate filedFrom,
            LocalDate filedTo) {
        return new ClaimFilter(
                clientId,
                clinicianId,
                paymentType == null ? null : paymentType.name(),
                chargeKind == null ? null : chargeKind.name(),
                source == null ? null : Claim.Source.valueOf(source.name()),
                toStatus(status),
                result == null ? null : Claim.Result.valueOf(result.name()),
                from,
                to,
                filedFrom,
                filedTo);
    }

    public Claim.Status toStatus(ClaimStatusDto status) {
        return status == null ? null : Claim.Status.valueOf(status.name());
    }

    public Claim.Status toStatus(String status) {
        return Claim.Status.valueOf(status);
    }

    public Reimbursement.Status toStatus(ReimbursementStatusDto status) {
        return status == null ? null : Reimbursement.Status.valueOf(status.name());
    }

    public ClaimDecisions.Adjudication toAdjudication(AdjudicateClaimRequestDto d) {
        return new ClaimDecisions.Adjudication(
                d.getDecision() == AdjudicateClaimRequestDto.DecisionEnum.APPROVED,
                d.getAllowedAmount(),
                d.getDeductibleAmount(),
                d.getCoinsuranceAmount(),
                d.getPaidAmount(),
                d.getPayerClaimNumber(),
                d.getDecisionDate(),
                d.getDenialReason());
    }

    public Response csvAttachment(ClaimExport export, ClaimFilter filter) {
        ClaimService.checkRanges(filter);
        return Response.ok((StreamingOutput) out -> export.write(filter, out), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"claims.csv\"")
                .build();
    }

    public ClaimDto toDto(ClaimView v) {
        Claim c = v.claim();
        ClaimDto dto = new ClaimDto()
                .id(c.id)
                .source(ClaimSourceDto.valueOf(c.source.name()))
                .chargeId(c.chargeId)
                .clientId(c.clientId)
                .paymentType(c.paymentType == null ? null : PaymentTypeDto.valueOf(c.paymentType))
                .chargeKind(c.chargeKind == null ? null : ChargeKindDto.valueOf(c.chargeKind))
                .status(ClaimStatusDto.valueOf(c.status.name()))
                .result(c.result == null ? null : ClaimResultDto.valueOf(c.result.name()))
                .serviceDate(c.serviceDate)
                .cptCode(c.cptCode)
                .diagnosisCodes(c.diagnosisCodes())
                .billedAmount(c.billedCents)
                .currency(c.currency)
                .provider(new ClaimProviderDto()
                        .teamMemberId(c.providerId)
                        .name(c.providerName)
                        .npi(c.providerNpi)
                        .tinLast4(c.providerTin == null ? null : ClaimService.last4(c.providerTin)))
                .insurance(new ClaimInsuranceDto()
                        .insurerId(c.insurerId)
                        .insurerName(c.insurerName)
                        .memberIdLast4(c.memberIdLast4))
                .estimate(
                        c.estimatedReimbursementCents == null
                                ? null
                                : new ClaimEstimateDto()
                                        .allowedAmount(c.estimatedAllowedCents)
                                        .reimbursementAmount(c.estimatedReimbursementCents))
                .adjudication(c.decision == null ? null : adjudication(c))
                .routing(c.decision == null ? null : routing(c))
                .submittedAt(c.submittedAt == null ? null : ApiValues.utc(c.submittedAt))
                .expectedDecisionBy(c.expectedDecisionBy)
                .decidedAt(c.decidedAt == null ? null : ApiValues.utc(c.decidedAt))
                .createdAt(ApiValues.utc(c.createdAt))
                .updatedAt(ApiValues.utc(c.updatedAt));
        if (v.history() != null) {
            dto.statusHistory(v.history().stream()
                    .map(h -> new ClaimStatusChangeDto()
                            .status(ClaimStatusDto.valueOf(h.status().name()))
                            .actor(ClaimStatusChangeDto.ActorEnum.valueOf(
                                    h.actor().name()))
                            .reason(h.reason())
                            .createdAt(ApiValues.utc(h.createdAt())))
                    .toList());
        } else {
            dto.statusHistory(null);
        }
        return dto;
    }

    private static ClaimAdjudicationDto adjudication(Claim c) {
        return new ClaimAdjudicationDto()
                .decision(ClaimAdjudicationDto.DecisionEnum.valueOf(c.decision.name()))
                .allowedAmount(c.allowedCents)
                .deductibleAmount(c.deductibleCents)
                .coinsuranceAmount(c.coinsuranceCents)
                .paidAmount(c.paidCents)
                .payerClaimNumber(c.payerClaimNumber)
                .decisionDate(c.decisionDate)
                .denialReason(c.denialReason)
                .source(ClaimAdjudicationDto.SourceEnum.valueOf(c.decisionSource.name()));
    }

    private static ClaimRoutingDto routing(Claim c) {
        return new ClaimRoutingDto()
                .paidAmount(c.paidCents)
                .clientReimbursementAmount(c.routedClientCents)
                .clientFeeAmount(c.routedFeeCents)
                .advanceRepaidAmount(c.routedAdvanceCents)
                .writtenOffAmount(c.routedWriteOffCents)
                .feeRefundAmount(c.routedFeeRefundCents);
    }

    public ClaimListDto toDto(Page<ClaimView> page) {
        return new ClaimListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    public ReimbursementListDto toReimbursements(Page<Reimbursement> page) {
        return new ReimbursementListDto()
                .data(page.data().stream().map(ClaimApiMapper::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    static ReimbursementDto toDto(Reimbursement r) {
        return new ReimbursementDto()
                .id(r.id)
                .claimId(r.claimId)
                .destination(ReimbursementDto.DestinationEnum.valueOf(r.destination.name()))
                .kind(ReimbursementDto.KindEnum.valueOf(r.kind.name()))
                .status(ReimbursementStatusDto.valueOf(r.status.name()))
                .amount(r.amountCents)
                .currency(r.currency)
                .bankAccountLast4(r.bankAccountLast4)
                .createdAt(ApiValues.utc(r.createdAt))
                .sentAt(r.sentAt == null ? null : ApiValues.utc(r.sentAt));
    }
}
