package com.thrizer.clients.persistence;

import com.thrizer.shared.persistence.ClientOwnedRepository;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Map;

@Singleton
public class ClinicianInvitationRepository extends ClientOwnedRepository<ClinicianInvitation> {

    ClinicianInvitationRepository(EntityManager em, CallerContext caller) {
        super(em, caller, ClinicianInvitation.class, "clinician invitation");
    }

    public boolean alreadyInvited(ClientScope scope, String email) {
        return findOwnFirst(scope, "lower(e.email) = lower(:email)", Map.of("email", email))
                .isPresent();
    }
}
