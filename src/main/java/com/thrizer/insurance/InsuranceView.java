package com.thrizer.insurance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A policy as it leaves the service, with which card sides are on file: values only (never the member id). */
public record InsuranceView(
        UUID id,
        String insurerId,
        String insurerName,
        InsurancePolicy.MatchStatus matchStatus,
        boolean needsReview,
        String memberIdLast4,
        String groupNumber,
        InsurancePolicy.Relationship subscriberRelationship,
        String subscriberFirstName,
        String subscriberLastName,
        LocalDate subscriberDateOfBirth,
        Set<String> imageSides,
        Instant createdAt,
        Instant updatedAt) {
    static InsuranceView of(InsurancePolicy p, Set<String> imageSides) {
        return new InsuranceView(
                p.id,
                p.insurerId,
                p.insurerName,
                p.matchStatus,
                p.needsReview,
                p.memberIdLast4,
                p.groupNumber,
                p.relationship,
                p.subscriberFirstName,
                p.subscriberLastName,
                p.subscriberDateOfBirth,
                Set.copyOf(imageSides),
                p.createdAt,
                p.updatedAt);
    }
}
