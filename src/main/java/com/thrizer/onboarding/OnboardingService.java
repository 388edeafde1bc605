package com.thrizer.onboarding;

import com.thrizer.practices.PracticeDetails;
import com.thrizer.practices.PracticeService;
import com.thrizer.shared.error.AccessDeniedException;
import com.thrizer.shared.error.ConstraintProblems;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.time.Clocks;
import com.thrizer.team.domain.TeamMemberInput;
import com.thrizer.team.domain.TeamService;
import com.thrizer.team.persistence.TeamMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * A signed-in user without a practice creates one and becomes its first practice admin, optionally with a referral
 * code (valid, unexpired, under its use limit; used once per practice).
 */
@ApplicationScoped
@Transactional
public class OnboardingService {
    private final CallerContext callers;
    private final PracticeService practices;
    private final TeamService team;
    private final ReferralCodeRepository referralCodes;
    private final Clock clock;

    OnboardingService(
            CallerContext callers,
            PracticeService practices,
            TeamService team,
            ReferralCodeRepository referralCodes,
            Clock clock) {
        this.callers = callers;
        this.practices = practices;
        this.team = team;
        this.referralCodes = referralCodes;
        this.clock = clock;
    }

    /** What onboarding needs to know about the founder. */
    public record Founder(String firstName, String lastName, String npi, String credentials) {}

    public PracticeDetails createPractice(String name, String referralCode, Founder founder) {
        Caller caller = callers.caller();
        if (caller.type() != Caller.Type.USER || caller.userId() == null) {
            throw new AccessDeniedException("forbidden", "Only a signed-in person can create a practice.");
        }
        if (caller.email() == null) {
            throw new RuleViolationException(
                    "verified_email_required", "Your identity provider must confirm your email address first.");
        }
        referralCodes.lockUser(caller.userId());
        if (caller.practiceId() != null || team.hasMembership(caller.userId())) {
            throw ConstraintProblems.ALREADY_IN_PRACTICE.exception();
        }
        UUID referralCodeId = null;
        long waiver = 0;
        if (referralCode != null) {
            ReferralCode code = referralCodes
                    .findForUpdate(referralCode)
                    .filter(c -> c.usableAt(Clocks.now(clock)))
                    .orElseThrow(() -> new RuleViolationException(
                            "invalid_referral_code", "This referral code is not valid.", "referralCode"));
            code.uses++;
            referralCodeId = code.id;
            waiver = code.waiverCents;
        }
        PracticeDetails practice = practices.create(name, referralCodeId, waiver);
        team.addFounder(
                practice.id(),
                caller.userId(),
                caller.email(),
                new TeamMemberInput(
                        founder.firstName(),
                        founder.lastName(),
                        caller.email(),
                        TeamMember.Role.PRACTICE_ADMIN,
                        founder.npi(),
                        founder.credentials(),
                        true));
        return practice;
    }
}
