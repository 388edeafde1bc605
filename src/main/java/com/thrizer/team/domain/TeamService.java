package com.thrizer.team.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.notifications.Notifications;
import com.thrizer.practices.PracticeService;
import com.thrizer.shared.error.ConstraintProblems;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.time.Clocks;
import com.thrizer.shared.validation.Fields;
import com.thrizer.shared.validation.Npi;
import com.thrizer.team.persistence.TeamMember;
import com.thrizer.team.persistence.TeamMemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The practice's team. Members are invited by email and sign in with it; they are deactivated, never deleted (their
 * name stays on the charges and claims they provided). A practice always keeps one active admin.
 */
@ApplicationScoped
@Transactional
public class TeamService {
    public static final String RESOURCE = "TEAM_MEMBER";

    private final TeamMemberRepository members;
    private final PracticeService practices;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    TeamService(
            TeamMemberRepository members,
            PracticeService practices,
            Notifications notifications,
            AuditTrail audit,
            Clock clock) {
        this.members = members;
        this.practices = practices;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TeamMemberView> list(TeamMember.Role role, Boolean active, PageRequest page) {
        return members.list(role, active, page).map(TeamMemberView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamMemberView get(UUID id) {
        return TeamMemberView.of(members.getById(id));
    }

    /** A provider (admin or clinician) of the caller's practice, active, or 404/422. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Provider activeProvider(UUID id) {
        TeamMember member = members.getById(id);
        if (!member.active || !member.canProvideCare()) {
            throw new RuleViolationException(
                    "not_an_active_provider", "This team member is not an active clinician.", "clinicianId");
        }
        return Provider.of(member);
    }

    /** Names of members of the caller's practice, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> names(Collection<UUID> ids) {
        return members.byIds(ids).stream().collect(Collectors.toMap(m -> m.id, TeamMember::fullName));
    }

    /** Names of members of a given practice (a client's view of their connections). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> namesInPractice(UUID practiceId, Collection<UUID> ids) {
        return members.byIdsInPractice(practiceId, ids).stream()
                .collect(Collectors.toMap(m -> m.id, TeamMember::fullName));
    }

    /** The emails of a practice's active admins (notifications from jobs). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> adminEmails(UUID practiceId) {
        return members.activeAdmins(practiceId).stream().map(m -> m.email).toList();
    }

    /** A member of a given practice (claims filed outside a request), if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Provider> inPractice(UUID practiceId, UUID id) {
        return members.byIdsInPractice(practiceId, List.of(id)).stream()
                .findFirst()
                .map(Provider::of);
    }

    /** Invites a member: stored, audited, and emailed once the transaction commits. */
    public TeamMemberView invite(TeamMemberInput input) {
        validate(input);
        String email = input.email().trim().toLowerCase(Locale.ROOT);
        TeamMember member = newMember(input, email);
        if (members.emailTaken(email, member.id)) {
            throw ConstraintProblems.TEAM_MEMBER_EXISTS.exception();
        }
        members.persist(member);
        audit.record(AuditAction.CREATE, RESOURCE, member.id);
        notifications.teamInvitation(
                email, member.firstName, practices.current().name());
        return TeamMemberView.of(member);
    }

    /** Whether a user is linked to a team membership anywhere (active or not). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasMembership(UUID userId) {
        return members.findByUserAcrossPractices(userId).isPresent();
    }

    /** Onboarding: the first admin of a new practice, linked to the user creating it. */
    public void addFounder(UUID practiceId, UUID userId, String email, TeamMemberInput input) {
        validate(input);
        TeamMember member = newMember(input, email);
        member.userId = userId;
        members.insertFounder(practiceId, member);
    }

    private TeamMember newMember(TeamMemberInput input, String email) {
        TeamMember member = new TeamMember();
        member.id = UUID.randomUUID();
        member.createdAt = Clocks.now(clock);
        member.updatedAt = member.createdAt;
        member.email = email;
        member.firstName = input.firstName().trim();
        member.lastName = input.lastName().trim();
        member.role = input.role();
        member.npi = input.npi();
        member.credentials = blankToNull(input.credentials());
        member.active = true;
        return member;
    }

    public TeamMemberView update(UUID id, TeamMemberInput input) {
        validate(input);
        TeamMember member = members.getById(id);
        boolean losesAdmin = member.role == TeamMember.Role.PRACTICE_ADMIN
                && member.active
                && ((input.role() != null && input.role() != TeamMember.Role.PRACTICE_ADMIN)
                        || Boolean.FALSE.equals(input.active()));
        if (losesAdmin) {
            // at least one active admin: two admins demoting each other at once are checked one at a time
            members.lockName("practice_admins:" + member.practiceId);
        }
        if (losesAdmin && members.activeAdminsOtherThan(member.id) == 0) {
            throw new RuleViolationException(
                    "last_practice_admin", "A practice needs at least one active practice admin.");
        }
        if (input.email() != null) {
            String email = input.email().trim().toLowerCase(Locale.ROOT);
            if (!email.equals(member.email)) {
                if (member.userId != null) {
                    throw new RuleViolationException(
                            "email_locked", "The email cannot change after the member signed in.", "email");
                }
                if (members.emailTaken(email, member.id)) {
                    throw ConstraintProblems.TEAM_MEMBER_EXISTS.exception();
                }
                member.email = email;
            }
        }
        apply(input.firstName(), v -> member.firstName = v.trim());
        apply(input.lastName(), v -> member.lastName = v.trim());
        apply(input.role(), v -> member.role = v);
        apply(input.npi(), v -> member.npi = v);
        apply(input.credentials(), v -> member.credentials = blankToNull(v));
        apply(input.active(), v -> member.active = v);
        member.updatedAt = Clocks.now(clock);
        audit.record(AuditAction.UPDATE, RESOURCE, member.id);
        return TeamMemberView.of(member);
    }

    private static <T> void apply(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void validate(TeamMemberInput input) {
        List<FieldError> errors = new ArrayList<>();
        Fields.notBlank(input.firstName(), "firstName", errors);
        Fields.notBlank(input.lastName(), "lastName", errors);
        if (input.npi() != null && !Npi.isValid(input.npi())) {
            errors.add(new FieldError("npi", "invalid_npi", "must be a 10-digit NPI with a valid check digit"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
