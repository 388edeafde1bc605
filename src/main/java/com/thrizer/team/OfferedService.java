package com.thrizer.team;

import com.thrizer.shared.money.Money;
import java.util.UUID;

/** A clinician's service as other features see it (charges, estimates): values only, never the managed entity. */
public record OfferedService(
        UUID id, UUID teamMemberId, String name, String cptCode, int durationMinutes, Money rate, boolean active) {
    static OfferedService of(ServiceOffering s) {
        return new OfferedService(s.id, s.teamMemberId, s.name, s.cptCode, s.durationMinutes, s.rate(), s.active);
    }
}
