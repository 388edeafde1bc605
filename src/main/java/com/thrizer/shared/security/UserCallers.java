package com.thrizer.shared.security;

import java.util.Set;

/** Turns a verified OIDC token into a caller, linking it to our records (implemented by the identity feature). */
public interface UserCallers {

    /** What the token says about the person. */
    record OidcLogin(String issuer, String subject, String email, boolean emailVerified, Set<String> tokenRoles) {
        @Override
        public String toString() {
            return "OidcLogin[subject=" + subject + "]";
        }
    }

    Caller resolve(OidcLogin login);
}
