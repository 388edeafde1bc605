package com.thrizer.clearinghouse;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A professional claim (X12 837P semantics) as sent to the clearinghouse. The control number is our claim's id, so a
 * submission sent twice is one claim at the payer. Personal data: {@link #toString()} shows none of it.
 */
public record ClaimSubmission(
        UUID controlNumber,
        String payerId,
        String memberId,
        String patientFirstName,
        String patientLastName,
        LocalDate patientDateOfBirth,
        String providerName,
        String providerNpi,
        String providerTin,
        LocalDate serviceDate,
        String cptCode,
        List<String> diagnosisCodes,
        long billedCents) {
    @Override
    public String toString() {
        return "ClaimSubmission[" + controlNumber + ", payer=" + payerId + "]";
    }
}
