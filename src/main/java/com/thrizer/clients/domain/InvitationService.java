package com.thrizer.clients.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.clients.persistence.Client;
import com.thrizer.clients.persistence.ClientInvitation;
import com.thrizer.clients.persistence.ClientInvitationRepository;
import com.thrizer.clients.persistence.ClientRepository;
import com.thrizer.notifications.Notifications;
import com.thrizer.practices.PracticeService;
import com.thrizer.shared.crypto.Hashes;
import com.thrizer.shared.error.AccessDeniedException;
import com.thrizer.shared.error.ConstraintProblems;
import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Client invitations: a single-use link (32 random bytes, stored as SHA-256) valid 14 days. Accepting links the
 * signed-in user, whose verified email must be the invitation's, to the client record.
 */
@ApplicationScoped
@Transactional
public class InvitationService {
    static final Duration VALIDITY = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientInvitationRepository invitations;
    private final ClientRepository clients;
    private final PracticeService practices;
    private final Notifications notifications;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    InvitationService(
            ClientInvitationRepository invitations,
            ClientRepository clients,
            PracticeService practices,
            Notifications notifications,
            CallerContext callers,
            AuditTrail audit,
            Clock clock) {
        this.invitations = invitations;
        this.clients = clients;
        this.practices = practices;
        this.notifications = notifications;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues a link for a client of the caller's practice and emails it after commit. */
    void invite(Client client) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ClientInvitation invitation = new ClientInvitation();
        invitation.id = UUID.randomUUID();
        invitation.createdAt = Clocks.now(clock);
        invitation.clientId = client.id;
        invitation.tokenHash = hash(token);
        invitation.expiresAt = invitation.createdAt.plus(VALIDITY);
        invitations.persist(invitation);
        notifications.clientInvitation(
                client.email, client.firstName, practices.current().name(), token);
    }

    /** Links the caller to the invited client record; accepting again (same user) answers the same record. */
    public ClientProfile accept(String token) {
        Caller caller = callers.caller();
        if (caller.type() != Caller.Type.USER || caller.userId() == null) {
            throw new AccessDeniedException("forbidden", "Invitations are accepted by the invited person.");
        }
        ClientInvitation invitation =
                invitations.findByTokenHashForUpdate(hash(token)).orElseThrow(InvitationService::notFound);
        Client client = clients.findForInvitation(invitation.clientId)
                .filter(c -> !c.isRemoved())
                .orElseThrow(InvitationService::notFound);
        boolean mine = caller.userId().equals(client.userId);
        checkAcceptable(caller, invitation, client, mine);
        if (!mine) {
            if (caller.clientId() != null) {
                throw ConstraintProblems.ALREADY_LINKED.exception();
            }
            ClientAccountService.link(client, caller.userId());
        }
        if (invitation.usedAt == null) {
            Instant now = Clocks.now(clock);
            invitation.usedAt = now;
            invitation.usedBy = caller.userId();
            client.updatedAt = now;
            audit.record(client.practiceId, AuditAction.UPDATE, ClientService.RESOURCE, client.id);
        }
        return ClientProfile.of(client);
    }

    /** 422 unless the invitation is the caller's to accept: their verified email, unused (or theirs), unexpired. */
    private void checkAcceptable(Caller caller, ClientInvitation invitation, Client client, boolean mine) {
        if (caller.email() == null) {
            throw new RuleViolationException(
                    "verified_email_required", "Your identity provider must confirm your email address first.");
        }
        if (!caller.email().equalsIgnoreCase(client.email)) {
            throw new RuleViolationException(
                    "invitation_email_mismatch", "This invitation was sent to another email address.");
        }
        if (invitation.usedAt != null && !mine) {
            throw new RuleViolationException("invitation_used", "This invitation was already used.");
        }
        if (invitation.usedAt == null && invitation.expiresAt.isBefore(Clocks.now(clock))) {
            throw new RuleViolationException(
                    "invitation_expired", "This invitation expired; ask your clinician for a new one.");
        }
        if (client.userId != null && !mine) {
            throw new RuleViolationException("invitation_used", "This invitation was already used.");
        }
    }

    private static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException("invitation_not_found", "No such invitation.");
    }

    static String hash(String token) {
        return Hashes.sha256Hex(token);
    }
}
