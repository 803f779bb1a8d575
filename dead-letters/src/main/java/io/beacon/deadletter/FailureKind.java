package io.beacon.deadletter;

import io.beacon.eventstore.DatabaseUnavailable;
import org.apache.kafka.common.errors.RetriableException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Whether a handler failure will pass by itself. TRANSIENT: something the handler needs is away (the database, the
 * broker) or busy (a lock, a lost optimistic-locking race); the same event will succeed later, so it must be retried,
 * never parked. PERMANENT: everything else (bad data, a bug, a value the schema refuses); retrying cannot help, so the
 * event is parked at once. Unknown failures count as permanent: parking is visible and reversible, an endless retry
 * stalls everything behind it.
 */
public enum FailureKind {
    TRANSIENT, PERMANENT;

    public static FailureKind of(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (isTransient(t)) {
                return TRANSIENT;
            }
        }
        return PERMANENT;
    }

    private static boolean isTransient(Throwable t) {
        return t instanceof TransientDataAccessException
                || t instanceof RecoverableDataAccessException
                // CannotGetJdbcConnectionException among others: the database can't be reached
                || t instanceof DataAccessResourceFailureException
                || t instanceof CannotCreateTransactionException
                || t instanceof SQLTransientException
                || t instanceof SQLRecoverableException
                // class 08, PostgreSQL stopping (57P01), starting (57P03) or out of connections (53300), and a
                // connection the pool closed under us
                || DatabaseUnavailable.explains(t)
                || t instanceof JDBCConnectionException
                || t instanceof ConnectException
                || t instanceof RetriableException
                || t instanceof TimeoutException
                || t instanceof ConcurrencyException
                || t instanceof LockAcquisitionFailedException
                // shutting down mid-event: the next owner of the segment handles it
                || t instanceof InterruptedException;
    }
}
