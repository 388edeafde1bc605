package com.thrizer.shared.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

/**
 * The classification of database failures over the shapes they really take: the driver's exception (built from the
 * server's error message, as pgjdbc builds it) inside Hibernate's, JPA's, the transaction manager's and ArC's
 * wrappers. And the guard rail: every unique constraint of the migrations is either mapped to a problem or declared
 * internal.
 */
class DatabaseFailuresTest {

    /** A server error as pgjdbc parses it off the wire (fields: severity, SQLState, message, constraint). */
    private static PSQLException server(String severity, String state, String message, String constraint) {
        String fields = "S" + severity + "\0C" + state + "\0M" + message + "\0"
                + (constraint == null ? "" : "n" + constraint + "\0");
        return new PSQLException(new ServerErrorMessage(fields));
    }

    private static PSQLException adminShutdown() {
        return server("FATAL", "57P01", "terminating connection due to administrator command", null);
    }

    /** At commit: the flush failed inside the transaction manager, and ArC wrapped the checked exception. */
    private static Throwable atCommit(Throwable flushFailure) {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(flushFailure);
        return new ArcUndeclaredThrowableException(rollback);
    }

    @Test
    void theDatabaseGoingAwayIsUnavailableHoweverWrapped() {
        // the reported 500: a GenericJDBCException around 57P01 during settlement
        assertTrue(DatabaseFailures.isUnavailable(
                new GenericJDBCException("could not execute statement", adminShutdown(), "insert into ...")));
        assertTrue(DatabaseFailures.isUnavailable(
                new PersistenceException(new GenericJDBCException("could not execute statement", adminShutdown()))));
        assertTrue(DatabaseFailures.isUnavailable(atCommit(
                new PersistenceException(new GenericJDBCException("could not execute batch", adminShutdown())))));
        assertTrue(DatabaseFailures.isUnavailable(
                server("FATAL", "57P02", "terminating connection because of crash of another server process", null)));
        assertTrue(DatabaseFailures.isUnavailable(new GenericJDBCException(
                "Unable to acquire JDBC Connection",
                server("FATAL", "57P03", "the database system is shutting down", null))));
        assertTrue(DatabaseFailures.isUnavailable(new GenericJDBCException(
                "Unable to acquire JDBC Connection",
                server("FATAL", "53300", "sorry, too many clients already", null))));
        // the driver's own I/O failures (class 08) and Hibernate's classification of them
        assertTrue(DatabaseFailures.isUnavailable(new PersistenceException(new GenericJDBCException(
                "x",
                new PSQLException(
                        "An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)))));
        assertTrue(DatabaseFailures.isUnavailable(atCommit(new JDBCConnectionException(
                "x", new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT)))));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("This connection has been closed.", "08003")));
        // Agroal: no connection became free in time (no SQLState)
        assertTrue(DatabaseFailures.isUnavailable(new GenericJDBCException(
                "Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()))));
        // the next exception of a batch failure
        SQLException batch = new SQLException("Batch entry 0 was aborted", "57P01");
        SQLException outer = new BatchUpdateException("batch failed", "XX000", new int[0]);
        outer.setNextException(batch);
        assertTrue(DatabaseFailures.isUnavailable(new PersistenceException(outer)));
    }

    @Test
    void otherFailuresAreNotUnavailability() {
        assertFalse(DatabaseFailures.isUnavailable(new IllegalStateException("bug")));
        assertFalse(DatabaseFailures.isUnavailable(
                new GenericJDBCException("x", server("ERROR", "42P01", "relation \"nope\" does not exist", null))));
        assertFalse(DatabaseFailures.isUnavailable(
                server("ERROR", "23505", "duplicate key value", "clients_practice_email_uq")));
        assertFalse(DatabaseFailures.isUnavailable(server("ERROR", "40001", "could not serialize access", null)));
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("Acquisition timeout", "HY000")));
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseFailures.isUnavailable(a));
        assertEquals(Optional.empty(), DatabaseFailures.violatedUniqueConstraint(a));
    }

    @Test
    void aUniqueViolationNamesItsConstraintWhereverItSurfaced() {
        PSQLException duplicate = server(
                "ERROR",
                "23505",
                "duplicate key value violates unique constraint \"clients_practice_email_uq\"",
                "clients_practice_email_uq");
        // at the statement, as Hibernate reports it
        ConstraintViolationException hibernate = new ConstraintViolationException(
                "could not execute statement",
                duplicate,
                "insert into clients ...",
                ConstraintViolationException.ConstraintKind.UNIQUE,
                "clients_practice_email_uq");
        assertEquals(Optional.of(ConstraintProblems.CLIENT_EXISTS), ConstraintProblems.of(hibernate));
        // at flush inside commit: RollbackException, wrapped by ArC
        assertEquals(
                Optional.of(ConstraintProblems.CLIENT_EXISTS),
                ConstraintProblems.of(atCommit(new PersistenceException(hibernate))));
        // from the driver alone (Hibernate did not extract the name)
        assertEquals(
                Optional.of(ConstraintProblems.WIDGET_SLUG_TAKEN),
                ConstraintProblems.of(new QuarkusTransactionException(
                        new PersistenceException(server("ERROR", "23505", "duplicate key", "widgets_slug_uq")))));
        // an internal constraint stays unexpected
        assertEquals(
                Optional.empty(), ConstraintProblems.of(server("ERROR", "23505", "duplicate key", "claims_charge_uq")));
        assertEquals(
                Optional.of("claims_charge_uq"),
                DatabaseFailures.violatedUniqueConstraint(
                        server("ERROR", "23505", "duplicate key", "claims_charge_uq")));
        // another integrity failure is not a unique violation
        assertEquals(
                Optional.empty(),
                DatabaseFailures.violatedUniqueConstraint(
                        server("ERROR", "23503", "violates foreign key constraint", "clients_practice_fk")));
    }

    @Test
    void sequentialAndConcurrentDuplicatesGetTheSameProblem() {
        DomainException e = ConstraintProblems.TEAM_MEMBER_EXISTS.exception();
        assertEquals(409, e.status());
        assertEquals("team_member_exists", e.code());
        assertEquals("A team member with this email already exists.", e.detail());
    }

    private static final Pattern UNIQUE = Pattern.compile(
            "CREATE\\s+UNIQUE\\s+INDEX\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)|CONSTRAINT\\s+(\\w+)\\s+UNIQUE",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyUniqueConstraintOfTheMigrationsIsMappedOrDeclaredInternal() throws IOException {
        Set<String> declared = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = UNIQUE.matcher(Files.readString(f));
                while (m.find()) {
                    declared.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        Set<String> known = new TreeSet<>(ConstraintProblems.BY_CONSTRAINT.keySet());
        known.addAll(ConstraintProblems.INTERNAL);
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(known);
        assertEquals(Set.of(), missing, "unique constraints neither mapped to a problem nor declared internal");
        Set<String> stale = new TreeSet<>(known);
        stale.removeAll(declared);
        assertEquals(Set.of(), stale, "mapped or internal names that no migration declares");
        Set<String> both = new TreeSet<>(ConstraintProblems.BY_CONSTRAINT.keySet());
        both.retainAll(ConstraintProblems.INTERNAL);
        assertEquals(Set.of(), both);
    }
}
