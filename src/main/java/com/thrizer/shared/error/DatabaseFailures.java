package com.thrizer.shared.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a database failure means to the caller, read off the exception chain wherever the failure surfaced: at a
 * statement, at flush, or at commit (wrapped in {@code RollbackException}, {@code QuarkusTransactionException},
 * {@code ArcUndeclaredThrowableException}, Hibernate's {@code GenericJDBCException} or JPA's
 * {@code PersistenceException}). The SQLState decides, never the wrapper's type.
 */
public final class DatabaseFailures {
    /** SQLState of a unique violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private DatabaseFailures() {}

    /**
     * Whether the database could not be reached or refused to work for now: connection exceptions (SQLState class
     * 08), admin shutdown, crash shutdown and "cannot connect now" (57P01, 57P02, 57P03), too many connections (53300),
     * and the connection pool's acquisition timeout. Such a request may succeed when retried.
     */
    public static boolean isUnavailable(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                if (unavailableState(sql.getSQLState())) {
                    return true;
                }
                String message = sql.getMessage();
                if (sql.getSQLState() == null
                        && (t.getCause() instanceof TimeoutException
                                || (message != null && message.startsWith("Acquisition timeout")))) {
                    return true; // Agroal: no connection became free in time
                }
            }
        }
        return false;
    }

    static boolean unavailableState(String state) {
        if (state == null) {
            return false;
        }
        return state.startsWith("08")
                || state.equals("57P01")
                || state.equals("57P02")
                || state.equals("57P03")
                || state.equals("53300");
    }

    /** The name of the unique constraint (or unique index) a failure violated, if it is one. */
    public static Optional<String> violatedUniqueConstraint(Throwable e) {
        String fromHibernate = null;
        for (Throwable t : chain(e)) {
            if (t instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                if (server != null && server.getConstraint() != null) {
                    return Optional.of(server.getConstraint());
                }
            }
            if (t instanceof ConstraintViolationException cv
                    && cv.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
                    && cv.getConstraintName() != null
                    && fromHibernate == null) {
                fromHibernate = cv.getConstraintName();
            }
        }
        return Optional.ofNullable(fromHibernate);
    }

    /** The exception, its causes and suppressed exceptions, each once. */
    static Iterable<Throwable> chain(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Throwable> todo = new ArrayDeque<>();
        List<Throwable> out = new ArrayList<>();
        if (e != null) {
            todo.add(e);
        }
        while (!todo.isEmpty() && out.size() < 64) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            out.add(t);
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return out;
    }
}
