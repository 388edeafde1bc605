package com.thrizer.shared.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: a signed-in user or a practice API key, the practice or client they act for, their roles and
 * scopes. Built once per request at authentication; every service reads it through {@link CallerContext}.
 */
public record Caller(
        Type type,
        UUID userId,
        String email,
        UUID apiKeyId,
        UUID practiceId,
        UUID clientId,
        Set<String> roles,
        Set<String> scopes) {

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

    @Override
    public String toString() {
        return "Caller[" + type + " " + actorId() + " practice=" + practiceId + "]";
    }
}
