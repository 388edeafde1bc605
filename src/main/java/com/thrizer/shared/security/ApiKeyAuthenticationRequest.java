package com.thrizer.shared.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented in {@code X-Api-Key} or {@code Authorization: Bearer thz_...}. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {
    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
