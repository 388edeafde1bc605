package com.thrizer.benefits.verification;

import java.time.LocalDate;

/** What the requester gives the verifier. Never logged: {@link #toString()} shows nothing. */
public record ManualVerificationInput(LocalDate dateOfBirth, String correctedMemberId, String note) {
    @Override
    public String toString() {
        return "ManualVerificationInput[...]";
    }
}
