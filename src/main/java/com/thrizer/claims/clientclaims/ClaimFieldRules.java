package com.thrizer.claims.clientclaims;

import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.validation.Icd10;
import com.thrizer.shared.validation.Npi;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules of the fields a client sends for a claim of their own, as pure functions. Each adds what it finds wrong to
 * {@code errors}, in the order the answer lists them (as {@code CatalogService.checkPrimaryCode} does).
 */
final class ClaimFieldRules {
    static final int MAX_DIAGNOSES = 12;
    static final long MAX_BILLED_CENTS = 10_000_000;

    private ClaimFieldRules() {}

    static void checkRequired(ClaimFields f, List<FieldError> errors) {
        require(errors, "providerName", f.providerName());
        require(errors, "providerNpi", f.providerNpi());
        require(errors, "providerTin", f.providerTin());
        require(errors, "serviceDate", f.serviceDate());
        require(errors, "billedAmount", f.billedCents());
        require(errors, "cptCode", f.cptCode());
        if (f.diagnosisCodes() == null || f.diagnosisCodes().isEmpty()) {
            errors.add(new FieldError("diagnosisCodes", "required", "at least one ICD-10-CM code"));
        }
    }

    static void checkProvider(ClaimFields f, List<FieldError> errors) {
        if (f.providerName() != null && f.providerName().isBlank()) {
            errors.add(new FieldError("providerName", "required", "must not be blank"));
        }
        if (f.providerNpi() != null && !Npi.isValid(f.providerNpi())) {
            errors.add(new FieldError("providerNpi", "invalid_npi", "must be a 10-digit NPI with a valid check digit"));
        }
        if (f.providerTin() != null && !f.providerTin().matches("[0-9]{9}")) {
            errors.add(new FieldError("providerTin", "invalid_format", "must be 9 digits"));
        }
    }

    /** The service date (a day of slack after {@code today}: the client's time zone may be ahead) and the amount. */
    static void checkService(ClaimFields f, LocalDate today, List<FieldError> errors) {
        if (f.serviceDate() != null && f.serviceDate().isAfter(today.plusDays(1))) {
            errors.add(new FieldError("serviceDate", "future_date", "must not be in the future"));
        }
        if (f.billedCents() != null && (f.billedCents() < 1 || f.billedCents() > MAX_BILLED_CENTS)) {
            errors.add(new FieldError("billedAmount", "out_of_range", "must be 1 to 10000000 cents"));
        }
    }

    /** The normalized diagnosis codes, or an empty list when they are missing or wrong (then reported). */
    static List<String> diagnoses(ClaimFields f, List<FieldError> errors) {
        if (f.diagnosisCodes() == null || f.diagnosisCodes().isEmpty()) {
            return List.of();
        }
        if (f.diagnosisCodes().size() > MAX_DIAGNOSES) {
            errors.add(new FieldError("diagnosisCodes", "invalid_length", "at most 12 codes"));
            return List.of();
        }
        try {
            return Icd10.normalizeAll(f.diagnosisCodes(), "diagnosisCodes");
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return List.of();
        }
    }

    private static void require(List<FieldError> errors, String param, Object value) {
        if (value == null) {
            errors.add(new FieldError(param, "required", "is required"));
        }
    }
}
