package com.thrizer.claims.api;

import com.thrizer.api.generated.model.AdjudicateClaimRequestDto;
import com.thrizer.api.generated.model.ChangeClaimStatusRequestDto;
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
import com.thrizer.claims.clientclaims.ClaimDocument;
import com.thrizer.claims.clientclaims.ClaimFields;
import com.thrizer.claims.domain.ClaimDecisions;
import com.thrizer.claims.domain.ClaimExport;
import com.thrizer.claims.domain.ClaimFilter;
import com.thrizer.claims.domain.ClaimService;
import com.thrizer.claims.domain.ClaimStatusChange;
import com.thrizer.claims.domain.ClaimView;
import com.thrizer.claims.domain.ReimbursementView;
import com.thrizer.claims.persistence.Claim;
import com.thrizer.claims.persistence.Reimbursement;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.validation.Documents;
import com.thrizer.shared.web.Attachments;
import com.thrizer.shared.web.MappingDefaults;
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
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = MappingDefaults.class)
public abstract class ClaimApiMapper {

    /** Hand-written: query parameters, not a DTO (the enums go through the generated conversions below). */
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
                toSource(source),
                toStatus(status),
                toResult(result),
                from,
                to,
                filedFrom,
                filedTo);
    }

    abstract Claim.Source toSource(ClaimSourceDto source);

    abstract Claim.Result toResult(ClaimResultDto result);

    public abstract Claim.Status toStatus(ClaimStatusDto status);

    public abstract Claim.Status toStatus(ChangeClaimStatusRequestDto.StatusEnum status);

    public abstract Reimbursement.Status toStatus(ReimbursementStatusDto status);

    @Mapping(
            target = "approved",
            expression = "java(d.getDecision() == AdjudicateClaimRequestDto.DecisionEnum.APPROVED)")
    @Mapping(target = "allowedCents", source = "allowedAmount")
    @Mapping(target = "deductibleCents", source = "deductibleAmount")
    @Mapping(target = "coinsuranceCents", source = "coinsuranceAmount")
    @Mapping(target = "paidCents", source = "paidAmount")
    public abstract ClaimDecisions.Adjudication toAdjudication(AdjudicateClaimRequestDto d);

    @Mapping(target = "billedCents", source = "billedAmount")
    public abstract ClaimFields toFields(CreateManualClaimRequestDto d);

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
        LocalDate date = serviceDate(serviceDate, errors);
        Long billed = billedCents(billedAmount, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ClaimFields(
                blankToNull(providerName),
                blankToNull(providerNpi),
                blankToNull(providerTin),
                date,
                billed,
                blankToNull(cptCode),
                diagnoses(diagnosisCodes));
    }

    private static LocalDate serviceDate(String serviceDate, List<FieldError> errors) {
        if (serviceDate == null) {
            return null;
        }
        try {
            return LocalDate.parse(serviceDate.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("serviceDate", "invalid_value", "must be a date, YYYY-MM-DD"));
            return null;
        }
    }

    private static Long billedCents(String billedAmount, List<FieldError> errors) {
        if (billedAmount == null) {
            return null;
        }
        if (billedAmount.strip().matches("[0-9]{1,8}")) {
            return Long.parseLong(billedAmount.strip());
        }
        errors.add(new FieldError("billedAmount", "invalid_value", "must be a whole number of cents"));
        return null;
    }

    /** Comma-separated codes, blanks dropped. */
    private static List<String> diagnoses(String diagnosisCodes) {
        return diagnosisCodes == null
                ? null
                : Arrays.stream(diagnosisCodes.split(","))
                        .map(String::strip)
                        .filter(code -> !code.isEmpty())
                        .toList();
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

    /** The claim; its nested parts are the named steps below. */
    @Mapping(target = "billedAmount", source = "billedCents")
    @Mapping(target = "provider", source = ".")
    @Mapping(target = "insurance", source = ".")
    @Mapping(target = "estimate", expression = "java(estimate(v))")
    @Mapping(target = "adjudication", expression = "java(adjudication(v))")
    @Mapping(target = "routing", expression = "java(routing(v))")
    @Mapping(target = "filingFeeAmount", source = "filingFeeCents")
    @Mapping(target = "statusHistory", expression = "java(history(v.history()))")
    @Mapping(target = "removeDiagnosisCodesItem", ignore = true)
    @Mapping(target = "removeStatusHistoryItem", ignore = true)
    public abstract ClaimDto toDto(ClaimView v);

    @Mapping(target = "teamMemberId", source = "providerId")
    @Mapping(target = "name", source = "providerName")
    @Mapping(target = "npi", source = "providerNpi")
    @Mapping(target = "tinLast4", source = "providerTinLast4")
    abstract ClaimProviderDto provider(ClaimView v);

    abstract ClaimInsuranceDto insurance(ClaimView v);

    /** Hand-written rule: no estimate without an estimated reimbursement. */
    ClaimEstimateDto estimate(ClaimView v) {
        return v.estimatedReimbursementCents() == null ? null : estimateOf(v);
    }

    @Mapping(target = "allowedAmount", source = "estimatedAllowedCents")
    @Mapping(target = "reimbursementAmount", source = "estimatedReimbursementCents")
    abstract ClaimEstimateDto estimateOf(ClaimView v);

    /** Hand-written rule: an undecided claim has no adjudication. */
    ClaimAdjudicationDto adjudication(ClaimView v) {
        return v.decision() == null ? null : adjudicationOf(v);
    }

    @Mapping(target = "allowedAmount", source = "allowedCents")
    @Mapping(target = "deductibleAmount", source = "deductibleCents")
    @Mapping(target = "coinsuranceAmount", source = "coinsuranceCents")
    @Mapping(target = "paidAmount", source = "paidCents")
    @Mapping(target = "source", source = "decisionSource")
    abstract ClaimAdjudicationDto adjudicationOf(ClaimView v);

    /** Hand-written rule: an undecided claim has no routing. */
    ClaimRoutingDto routing(ClaimView v) {
        return v.decision() == null ? null : routingOf(v);
    }

    @Mapping(target = "paidAmount", source = "paidCents")
    @Mapping(target = "clientReimbursementAmount", source = "routedClientCents")
    @Mapping(target = "clientFeeAmount", source = "routedFeeCents")
    @Mapping(target = "advanceRepaidAmount", source = "routedAdvanceCents")
    @Mapping(target = "writtenOffAmount", source = "routedWriteOffCents")
    @Mapping(target = "feeRefundAmount", source = "routedFeeRefundCents")
    abstract ClaimRoutingDto routingOf(ClaimView v);

    /** Null in lists (the history is shown on single-claim reads only), not an empty list. */
    abstract List<ClaimStatusChangeDto> history(List<ClaimStatusChange> history);

    /** Hand-written: the document's type is its media type ("application/pdf"), not the constant's name. */
    ClaimDocumentDto.ContentTypeEnum contentType(String mediaType) {
        return mediaType == null ? null : ClaimDocumentDto.ContentTypeEnum.fromValue(mediaType);
    }

    @Mapping(target = "removeDataItem", ignore = true)
    public abstract ClaimListDto toDto(Page<ClaimView> page);

    @Mapping(target = "removeDataItem", ignore = true)
    public abstract ReimbursementListDto toReimbursements(Page<ReimbursementView> page);

    @Mapping(target = "amount", source = "amountCents")
    abstract ReimbursementDto toDto(ReimbursementView r);
}
