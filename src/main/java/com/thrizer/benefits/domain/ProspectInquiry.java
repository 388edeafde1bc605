package com.thrizer.benefits.domain;

import com.thrizer.shared.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/** A prospective client's benefit check (the widget). Personal data: {@link #toString()} shows none of it. */
public record ProspectInquiry(
        UUID practiceId,
        String insurerId,
        String memberId,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String cptCode,
        Money fee) {
    @Override
    public String toString() {
        return "ProspectInquiry[" + practiceId + "]";
    }
}
