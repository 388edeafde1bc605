package com.thrizer.dev;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs access tokens with the dev key for anyone, in dev mode and tests only (absent from the production build).
 * The token looks like one from a real provider: subject, verified email, roles claim, and the audience the service
 * requires ({@code quarkus.oidc.token.audience}), as a provider's audience mapper puts it.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
public class DevTokenService {
    private final EntityManager em;
    private final DevConfig config;
    private final String audience;

    DevTokenService(
            EntityManager em,
            DevConfig config,
            @ConfigProperty(name = "quarkus.oidc.token.audience") List<String> audiences) {
        this.em = em;
        this.config = config;
        this.audience = audiences.get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String tokenFor(String email) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        return Jwt.issuer(config.tokenIssuer())
                .audience(audience)
                .subject("dev|" + normalized)
                .claim("email", normalized)
                .claim("email_verified", true)
                .groups(rolesOf(normalized))
                .expiresIn(Duration.ofHours(12))
                .sign();
    }

    /** The roles a provider would put in the token: the seeded membership's, client, operator. */
    private Set<String> rolesOf(String email) {
        Set<String> roles = new LinkedHashSet<>();
        if (config.operatorEmails().stream().anyMatch(e -> e.equalsIgnoreCase(email))) {
            roles.add("operator");
        }
        @SuppressWarnings("unchecked")
        List<String> team = em.createNativeQuery(
                        "SELECT role FROM team_members WHERE lower(email) = ?1 AND active", String.class)
                .setParameter(1, email)
                .getResultList();
        team.forEach(r -> roles.add(r.toLowerCase(Locale.ROOT)));
        Number clients = (Number) em.createNativeQuery("SELECT count(*) FROM clients WHERE lower(email) = ?1")
                .setParameter(1, email)
                .getSingleResult();
        if (clients.longValue() > 0) {
            roles.add("client");
        }
        return roles;
    }
}
