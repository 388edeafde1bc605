package com.thrizer.shared.security;

import java.util.Optional;

/** Turns a presented API key into a caller (implemented by the API-key feature). */
public interface ApiKeyCallers {
    /** The caller of an active key, or empty when the key is unknown or revoked. */
    Optional<Caller> authenticate(String presentedKey);
}
