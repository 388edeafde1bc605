package com.thrizer.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    Optional<User> findBySubject(String subject) {
        return find("oidcSubject", subject).firstResultOptional();
    }

    Optional<User> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    /** Inserts unless a concurrent first sign-in of the same subject or email won; the database decides. */
    void insertIfAbsent(UUID id, String subject, String email, Instant now) {
        getEntityManager()
                .createNativeQuery("INSERT INTO users (id, oidc_subject, email, created_at) VALUES (?1, ?2, ?3, ?4)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, id)
                .setParameter(2, subject)
                .setParameter(3, email)
                .setParameter(4, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
