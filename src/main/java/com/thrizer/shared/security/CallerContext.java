package com.thrizer.shared.security;

import com.thrizer.shared.error.AccessDeniedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/** The caller of the current request. Services read the practice scope from here, never from input. */
@RequestScoped
public class CallerContext {
    public static final String ATTRIBUTE = "thrizer.caller";

    private final SecurityIdentity identity;

    CallerContext(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller, or empty for an anonymous request. */
    public Optional<Caller> current() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(ATTRIBUTE));
    }

    public Caller caller() {
        return current().orElseThrow(() -> new UnauthorizedException());
    }

    /** The practice the caller acts for; a caller without one may not use practice endpoints. */
    public UUID practiceId() {
        UUID id = caller().practiceId();
        if (id == null) {
            throw new AccessDeniedException("no_practice", "You are not a member of a practice.");
        }
        return id;
    }

    /** The client record of a client caller, with its practice: the scope of every {@code /v1/me} operation. */
    public ClientScope clientScope() {
        Caller caller = caller();
        if (caller.clientId() == null) {
            throw new AccessDeniedException("no_client_record", "You are not linked to a client record.");
        }
        return new ClientScope(caller.clientPracticeId(), caller.clientId());
    }
}
