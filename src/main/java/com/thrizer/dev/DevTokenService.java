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

/**
 * Signs access tokens with the dev key for anyone, in dev mode and tests only (absent from the production build).
 * The token looks like one from a real provider: subject, verified email, roles claim.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
public class DevTokenService {
    private final EntityManager em;
    private final DevConfig config;

    DevTokenService(EntityManager em, DevConfig config) {
        this.em = em;
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String tokenFor(String email) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        return Jwt.issuer(config.tokenIssuer())
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
