package com.thrizer.team.domain;

import com.thrizer.team.persistence.TeamMember;
import java.util.UUID;

/** A provider of record (admin or clinician) as other features see it: values only, never the managed entity. */
public record Provider(UUID id, String firstName, String lastName, String npi) {
    static Provider of(TeamMember m) {
        return new Provider(m.id, m.firstName, m.lastName, m.npi);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
