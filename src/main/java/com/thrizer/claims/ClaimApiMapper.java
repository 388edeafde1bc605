package com.thrizer.claims;

import com.thrizer.api.generated.model.AdjudicateClaimRequestDto;
import com.thrizer.api.generated.model.ChargeKindDto;
import com.thrizer.api.generated.model.ClaimAdjudicationDto;
import com.thrizer.api.generated.model.ClaimDocumentDto;
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
import com.thrizer.api.generated.model.CreateManualClaimRequestDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.api.generated.model.ReimbursementDto;
import com.thrizer.api.generated.model.ReimbursementListDto;
import com.thrizer.api.generated.model.ReimbursementStatusDto;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.validation.Documents;
import com.thrizer.shared.web.ApiValues;
import com.thrizer.shared.web.Attachments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.multipart.FileUpload;

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

    public ClaimFields toFields(CreateManualClaimRequestDto d) {
        return new ClaimFields(
                d.getProviderName(),
                d.getProviderNpi(),
                d.getProviderTin(),
                d.getServiceDate(),
                d.getBilledAmount(),
                d.getCptCode(),
                d.getDiagnosisCodes());
    }

    /** The seven fields of a multipart upload (all strings on the wire): 400 with each field that cannot be read. */
    public ClaimFields toFields(
            String providerName,
            String providerNpi,
            String providerTin,
            String serviceDate,
            String billedAmount,
            String cptCode,
            String diagnosisCodes) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = null;
        if (serviceDate != null) {
            try {
                date = LocalDate.parse(serviceDate.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("serviceDate", "invalid_value", "must be a date, YYYY-MM-DD"));
            }
        }
        Long billed = null;
        if (billedAmount != null) {
            if (billedAmount.strip().matches("[0-9]{1,8}")) {
                billed = Long.parseLong(billedAmount.strip());
            } else {
                errors.add(new FieldError("billedAmount", "invalid_value", "must be a whole number of cents"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<String> diagnoses = diagnosisCodes == null
                ? null
                : Arrays.stream(diagnosisCodes.split(","))
                        .map(String::strip)
                        .filter(code -> !code.isEmpty())
                        .toList();
        return new ClaimFields(
                blankToNull(providerName),
                blankToNull(providerNpi),
                blankToNull(providerTin),
                date,
                billed,
                blankToNull(cptCode),
                diagnoses);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The uploaded superbill, refused before reading when it is too large, and checked by content. */
    public ClaimDocument toDocument(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ValidationException.of("file", "required", "attach the superbill (PDF, PNG or JPEG)");
        }
        if (file.size() > Documents.MAX_BYTES) {
            throw ValidationException.of("file", "file_too_large", "must be at most 5 MB");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<FieldError> problem = Documents.problem("file", content);
        if (problem.isPresent()) {
            throw new ValidationException(List.of(problem.get()));
        }
        return new ClaimDocument(Documents.sniffedType(content).orElseThrow(), content);
    }

    public Response csvAttachment(ClaimExport export, ClaimFilter filter) {
        ClaimService.checkRanges(filter);
        return Attachments.csv(out -> export.write(filter, out), "claims.csv");
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
                .filingFeeAmount(c.filingFeeCents)
                .document(
                        v.document() == null
                                ? null
                                : new ClaimDocumentDto()
                                        .contentType(ClaimDocumentDto.ContentTypeEnum.fromValue(
                                                v.document().contentType()))
                                        .sizeBytes(v.document().sizeBytes()))
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
