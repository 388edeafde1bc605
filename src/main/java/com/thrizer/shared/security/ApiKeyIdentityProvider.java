package com.thrizer.shared.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Looks the presented key up (by hash, in the database) and builds an identity whose roles are its scopes. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
    private final ApiKeyCallers apiKeys;

    ApiKeyIdentityProvider(ApiKeyCallers apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Caller caller = apiKeys.authenticate(request.key())
                    .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key"));
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("api-key:" + caller.apiKeyId()))
                    .addRole(Roles.API_KEY)
                    .addRoles(caller.scopes())
                    .addAttribute(CallerContext.ATTRIBUTE, caller)
                    .build();
        });
    }
}
