package com.thrizer.team.domain;

import com.thrizer.team.persistence.TeamMember;
import com.thrizer.team.persistence.TeamMemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Team memberships as seen at sign-in: which practice a user works for, and in which role. */
@ApplicationScoped
@Transactional
public class TeamMembershipService {
    private final TeamMemberRepository members;

    TeamMembershipService(TeamMemberRepository members) {
        this.members = members;
    }

    /** A user's practice and role. */
    public record Membership(UUID practiceId, UUID teamMemberId, TeamMember.Role role, boolean active) {}

    /**
     * The user's membership; on first sign-in the membership invited under the user's verified email is linked to
     * the user.
     */
    public Optional<Membership> forUser(UUID userId, String verifiedEmail) {
        Optional<TeamMember> linked = members.findByUserAcrossPractices(userId);
        if (linked.isEmpty() && verifiedEmail != null) {
            linked = members.findUnlinkedByEmailAcrossPractices(verifiedEmail);
            linked.ifPresent(m -> m.userId = userId);
        }
        return linked.map(m -> new Membership(m.practiceId, m.id, m.role, m.active));
    }
}
