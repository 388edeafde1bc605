package com.thrizer.insurance;

import java.time.LocalDate;

/** Insurance as entered by the client. Never logged: {@link #toString()} leaves the member id out. */
public record InsuranceInput(
        String insurer,
        String memberId,
        String groupNumber,
        String planType,
        InsurancePolicy.Relationship relationship,
        String subscriberFirstName,
        String subscriberLastName,
        LocalDate subscriberDateOfBirth,
        boolean subscriberGiven) {
    @Override
    public String toString() {
        return "InsuranceInput[planType=" + planType + "]";
    }
}
