package com.thrizer.shared.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * After quarkus-oidc verified a bearer token, links it to our records and replaces the token's roles with the
 * effective ones: practice roles from the team membership, {@code client} from the client record, {@code operator}
 * from the token's roles claim. The scopes of the practice role are added as roles for {@code @RolesAllowed}.
 */
@ApplicationScoped
public class OidcCallerAugmentor implements SecurityIdentityAugmentor {
    private final UserCallers users;

    OidcCallerAugmentor(UserCallers users) {
        this.users = users;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || identity.getAttribute(CallerContext.ATTRIBUTE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        UserCallers.OidcLogin login = new UserCallers.OidcLogin(
                jwt.getIssuer(),
                jwt.getSubject(),
                claimString(jwt.getClaim("email")),
                isTrue(jwt.getClaim("email_verified")),
                identity.getRoles());
        return context.runBlocking(() -> withCaller(identity, users.resolve(login)));
    }

    private static String claimString(Object claim) {
        if (claim == null) {
            return null;
        }
        if (claim instanceof JsonString s) {
            return s.getString();
        }
        return claim.toString();
    }

    private static boolean isTrue(Object claim) {
        if (claim instanceof Boolean b) {
            return b;
        }
        if (claim instanceof JsonValue v) {
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }
        return claim != null && "true".equalsIgnoreCase(claim.toString());
    }

    static SecurityIdentity withCaller(SecurityIdentity identity, Caller caller) {
        Set<String> roles = new LinkedHashSet<>(caller.roles());
        roles.addAll(caller.scopes());
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(CallerContext.ATTRIBUTE, caller)
                .addRoles(roles)
                .build();
    }
}
