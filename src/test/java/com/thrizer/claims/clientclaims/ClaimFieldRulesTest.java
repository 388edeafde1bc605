package com.thrizer.claims.clientclaims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.shared.error.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure rules of the fields of a client's own claim. */
class ClaimFieldRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static ClaimFields fields(
            String name, String npi, String tin, LocalDate date, Long cents, List<String> dx) {
        return new ClaimFields(name, npi, tin, date, cents, "90837", dx);
    }

    private static ClaimFields valid() {
        return fields("Dr. Ada Lane", "1234567893", "123456789", TODAY, 15_000L, List.of("f411"));
    }

    private static List<FieldError> check(ClaimFields f) {
        List<FieldError> errors = new ArrayList<>();
        ClaimFieldRules.checkRequired(f, errors);
        ClaimFieldRules.checkProvider(f, errors);
        ClaimFieldRules.checkService(f, TODAY, errors);
        return errors;
    }

    @Test
    void validFieldsPassAndDiagnosesAreNormalized() {
        List<FieldError> errors = check(valid());
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(List.of("F41.1"), ClaimFieldRules.diagnoses(valid(), errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void everyMissingFieldIsReportedInOrder() {
        ClaimFields empty = new ClaimFields(null, null, null, null, null, null, List.of());
        assertEquals(
                List.of(
                        "providerName",
                        "providerNpi",
                        "providerTin",
                        "serviceDate",
                        "billedAmount",
                        "cptCode",
                        "diagnosisCodes"),
                check(empty).stream().map(FieldError::param).toList());
        assertTrue(check(empty).stream().allMatch(e -> e.code().equals("required")));
    }

    @Test
    void providerNpiTinAndBlankNameAreChecked() {
        List<FieldError> errors = check(fields(" ", "1234567890", "12345678", TODAY, 15_000L, List.of("F41.1")));
        assertEquals(
                List.of(
                        new FieldError("providerName", "required", "must not be blank"),
                        new FieldError("providerNpi", "invalid_npi", "must be a 10-digit NPI with a valid check digit"),
                        new FieldError("providerTin", "invalid_format", "must be 9 digits")),
                errors);
    }

    @Test
    void serviceDateAllowsOneDayOfSlackAndAmountIsBounded() {
        assertTrue(check(fields("A", "1234567893", "123456789", TODAY.plusDays(1), 1L, List.of("F41.1")))
                .isEmpty());
        assertTrue(check(fields("A", "1234567893", "123456789", TODAY, 10_000_000L, List.of("F41.1")))
                .isEmpty());
        assertEquals(
                List.of(
                        new FieldError("serviceDate", "future_date", "must not be in the future"),
                        new FieldError("billedAmount", "out_of_range", "must be 1 to 10000000 cents")),
                check(fields("A", "1234567893", "123456789", TODAY.plusDays(2), 0L, List.of("F41.1"))));
        assertEquals(
                List.of(new FieldError("billedAmount", "out_of_range", "must be 1 to 10000000 cents")),
                check(fields("A", "1234567893", "123456789", TODAY, 10_000_001L, List.of("F41.1"))));
    }

    @Test
    void diagnosesAreAtMostTwelveValidDistinctCodes() {
        List<FieldError> errors = new ArrayList<>();
        ClaimFields thirteen = fields("A", "1234567893", "123456789", TODAY, 1L, Collections.nCopies(13, "F41.1"));
        assertEquals(List.of(), ClaimFieldRules.diagnoses(thirteen, errors));
        assertEquals(List.of(new FieldError("diagnosisCodes", "invalid_length", "at most 12 codes")), errors);

        errors.clear();
        ClaimFields wrong = fields("A", "1234567893", "123456789", TODAY, 1L, List.of("F41.1", "nope", "f41.1"));
        assertEquals(List.of(), ClaimFieldRules.diagnoses(wrong, errors));
        assertEquals(
                List.of(
                        new FieldError("diagnosisCodes[1]", "invalid_icd10", "must be an ICD-10-CM code such as F41.1"),
                        new FieldError("diagnosisCodes[2]", "duplicate", "is listed twice")),
                errors);
    }
}
