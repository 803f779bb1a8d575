package io.beacon.eventstore;

import org.hibernate.exception.JDBCConnectionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Recognises a failure whose cause is that the database is away (stopped, restarting, failing over, out of
 * connections) rather than anything about the work itself: the same work will succeed once it is back, so it must be
 * retried, never parked or sent to a dead-letter topic.
 */
public final class DatabaseUnavailable {

    /**
     * SQLSTATEs of a server going away or not there yet. PostgreSQL cuts open connections with 57P01 (admin_shutdown)
     * on a stop, answers 57P03 (cannot_connect_now) while it starts or shuts down, 53300 when its connections are all
     * taken; class 08 is every connection exception (the driver reports a refused connection as 08001, a broken one
     * as 08006).
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    /**
     * What HikariCP throws, with no SQLSTATE, when work goes on with a connection the pool has already closed because
     * the database broke it: seen when PostgreSQL stopped under load (an alert was parked as a permanent failure).
     */
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseUnavailable() {
    }

    /** Whether the failure, or any of its causes, says the database could not be reached or went away. */
    public static boolean explains(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof JDBCConnectionException || t instanceof ConnectException
                    || t instanceof SQLException sql && (isUnavailableState(sql.getSQLState())
                    || sql.getSQLState() == null && POOL_CLOSED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isUnavailableState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || STATES.contains(sqlState));
    }
}
