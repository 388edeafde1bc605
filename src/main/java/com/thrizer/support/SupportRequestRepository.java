package com.thrizer.support;

import com.thrizer.shared.persistence.ClientOwnedRepository;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

@Singleton
public class SupportRequestRepository extends ClientOwnedRepository<SupportRequest> {

    SupportRequestRepository(EntityManager em, CallerContext caller) {
        super(em, caller, SupportRequest.class, "support request");
    }
}
