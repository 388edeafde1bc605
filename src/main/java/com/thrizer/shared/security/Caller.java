package com.thrizer.shared.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: a signed-in user or a practice API key, the practice they work for (with their team membership),
 * the client record they are (with that record's practice), their roles and scopes, and for a signed-in person the
 * identity of their token (issuer and subject; it names them even when they have no user record). Built once per request at authentication; every service reads it through {@link CallerContext}.
 */
public record Caller(
        Type type,
        UUID userId,
        String email,
        UUID apiKeyId,
        UUID practiceId,
        UUID teamMemberId,
        UUID clientId,
        UUID clientPracticeId,
        Set<String> roles,
        Set<String> scopes,
        String signInIdentity) {

    public enum Type {
        USER,
        API_KEY
    }

    public Caller {
        roles = Set.copyOf(roles);
        scopes = Scopes.ordered(scopes);
    }

    /** The id recorded as actor: the user or the API key. */
    public UUID actorId() {
        return type == Type.API_KEY ? apiKeyId : userId;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A clinician sees only the clients they are connected to; admins, staff and API keys see the practice. */
    public boolean seesOnlyOwnClients() {
        return type == Type.USER && hasRole(Roles.CLINICIAN);
    }

    @Override
    public String toString() {
        return "Caller[" + type + " " + actorId() + " practice=" + practiceId + "]";
    }
}
