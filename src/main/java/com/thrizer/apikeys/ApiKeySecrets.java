package com.thrizer.apikeys;

import com.thrizer.shared.crypto.Hashes;
import java.security.SecureRandom;
import java.util.Base64;

/** Key material: 32 random bytes behind the prefix; stored as SHA-256 (the secret has 256 bits: no salt needed). */
final class ApiKeySecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {}

    static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        return Hashes.sha256Hex(secret);
    }
}
