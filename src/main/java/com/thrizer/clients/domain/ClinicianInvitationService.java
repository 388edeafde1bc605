package com.thrizer.clients.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.clients.persistence.Client;
import com.thrizer.clients.persistence.ClientRepository;
import com.thrizer.clients.persistence.ClinicianInvitation;
import com.thrizer.clients.persistence.ClinicianInvitationRepository;
import com.thrizer.notifications.Notifications;
import com.thrizer.shared.error.ConflictException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/** A client invites their clinician to Thrizer (once per email). */
@ApplicationScoped
@Transactional
public class ClinicianInvitationService {
    public static final String RESOURCE = "CLINICIAN_INVITATION";

    private final ClinicianInvitationRepository invitations;
    private final ClientRepository clients;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    ClinicianInvitationService(
            ClinicianInvitationRepository invitations,
            ClientRepository clients,
            Notifications notifications,
            AuditTrail audit,
            Clock clock) {
        this.invitations = invitations;
        this.clients = clients;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    public ClinicianInvitation invite(ClientScope scope, String firstName, String lastName, String email) {
        if (firstName.isBlank() || lastName.isBlank()) {
            throw ValidationException.of(
                    firstName.isBlank() ? "firstName" : "lastName", "required", "must not be blank");
        }
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        // once per clinician's email: concurrent invitations of one client are checked one at a time
        invitations.lockName("clinician_invitations:" + scope.clientId());
        if (invitations.alreadyInvited(scope, normalized)) {
            throw new ConflictException("clinician_already_invited", "You already invited this clinician.");
        }
        Client me = clients.getOwn(scope);
        ClinicianInvitation invitation = new ClinicianInvitation();
        invitation.id = UUID.randomUUID();
        invitation.createdAt = Clocks.now(clock);
        invitation.firstName = firstName.trim();
        invitation.lastName = lastName.trim();
        invitation.email = normalized;
        invitations.persistOwn(scope, invitation);
        audit.record(scope.practiceId(), AuditAction.CREATE, RESOURCE, invitation.id);
        notifications.clinicianInvitation(normalized, invitation.firstName, me.firstName);
        return invitation;
    }
}
