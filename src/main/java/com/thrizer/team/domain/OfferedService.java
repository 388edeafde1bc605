package com.thrizer.team.domain;

import com.thrizer.shared.money.Money;
import com.thrizer.team.persistence.ServiceOffering;
import java.time.Instant;
import java.util.UUID;

/** A clinician's service as it leaves this feature (the API, charges, estimates): values only. */
public record OfferedService(
        UUID id,
        UUID teamMemberId,
        String name,
        String cptCode,
        int durationMinutes,
        Money rate,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {
    static OfferedService of(ServiceOffering s) {
        return new OfferedService(
                s.id,
                s.teamMemberId,
                s.name,
                s.cptCode,
                s.durationMinutes,
                s.rate(),
                s.active,
                s.createdAt,
                s.updatedAt);
    }
}
