package com.thrizer.team.domain;

import com.thrizer.team.persistence.TeamMember;

/** Fields of a team member as sent; null = not sent. */
public record TeamMemberInput(
        String firstName,
        String lastName,
        String email,
        TeamMember.Role role,
        String npi,
        String credentials,
        Boolean active) {}
