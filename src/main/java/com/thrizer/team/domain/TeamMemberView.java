package com.thrizer.team.domain;

import com.thrizer.team.persistence.TeamMember;
import java.time.Instant;
import java.util.UUID;

/** A team member as it leaves the service: values only. */
public record TeamMemberView(
        UUID id,
        String firstName,
        String lastName,
        String email,
        TeamMember.Role role,
        String npi,
        String credentials,
        boolean active,
        boolean signedIn,
        Instant createdAt,
        Instant updatedAt) {
    static TeamMemberView of(TeamMember m) {
        return new TeamMemberView(
                m.id,
                m.firstName,
                m.lastName,
                m.email,
                m.role,
                m.npi,
                m.credentials,
                m.active,
                m.userId != null,
                m.createdAt,
                m.updatedAt);
    }

    @Override
    public String toString() {
        return "TeamMemberView[" + id + "]";
    }
}
