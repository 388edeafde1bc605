package com.thrizer.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * Test-only endpoints whose database connection really goes away in the middle of the request, as in a database
 * restart: the backend serving the request is terminated (SQLState 57P01), during a statement or before the commit.
 */
@Path("/test-only/database")
public class DatabaseFailingResource {
    private final EntityManager em;

    DatabaseFailingResource(EntityManager em) {
        this.em = em;
    }

    /** The request's own backend is terminated by the statement it runs. */
    @POST
    @Path("/terminated-during-statement")
    @PermitAll
    @Transactional
    public String terminatedDuringStatement() {
        em.createNativeQuery("SELECT 1").getSingleResult();
        em.createNativeQuery("SELECT pg_terminate_backend(pg_backend_pid())").getSingleResult();
        return "unreachable";
    }

    /** Another connection terminates the request's backend (and waits until it is gone); the commit fails. */
    @POST
    @Path("/terminated-before-commit")
    @PermitAll
    @Transactional
    public String terminatedBeforeCommit() {
        int pid = ((Number) em.createNativeQuery("SELECT pg_backend_pid()").getSingleResult()).intValue();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("SELECT pg_terminate_backend(?1, 10000)")
                        .setParameter(1, pid)
                        .getSingleResult());
        return "committed?";
    }

    /** The database answers as usual. */
    @GET
    @Path("/ok")
    @PermitAll
    @Transactional
    public String ok() {
        return String.valueOf(em.createNativeQuery("SELECT 1").getSingleResult());
    }
}
