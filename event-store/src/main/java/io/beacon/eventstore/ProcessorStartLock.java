package io.beacon.eventstore;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Lets one instance at a time start its event processors on a shared PostgreSQL database. On an empty database each
 * streaming processor inserts its first token rows while it starts; two instances starting together both insert them,
 * one hits {@code token_entry_pkey}, and Axon fails that instance's whole start-up. A session-level advisory lock held
 * from just before Axon's processor phase ({@link Phase#INBOUND_EVENT_CONNECTORS}) until just after it makes the second
 * instance wait until the first has committed its tokens; it then finds them and claims what is free. Other databases
 * (H2 for the local run, one instance) need no lock.
 */
public final class ProcessorStartLock implements ConfigurerModule {

    private static final Logger log = LoggerFactory.getLogger(ProcessorStartLock.class);
    /** One key per database: every service has its own database, so the services never wait on each other. */
    static final long LOCK_KEY = 0x4245_4143_4F4E_0001L;
    private static final Duration POLL = Duration.ofMillis(100);

    private final DataSource dataSource;
    private final Duration patience;
    private volatile Connection held;

    public ProcessorStartLock(DataSource dataSource, Duration patience) {
        this.dataSource = dataSource;
        this.patience = patience;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, this::acquire);
        configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS + 1, this::release);
        configurer.onShutdown(Phase.INBOUND_EVENT_CONNECTORS + 1, this::release);
    }

    synchronized void acquire() {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            Instant giveUp = Instant.now().plus(patience);
            while (!tryLock(connection)) {
                if (Instant.now().isAfter(giveUp)) {
                    log.warn("Another instance held the processor start lock for over {}; starting processors without it", patience);
                    connection.close();
                    return;
                }
                Thread.sleep(POLL);
            }
            held = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the processor start lock", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for the processor start lock", e);
        }
    }

    synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            held = null;
            try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, LOCK_KEY);
                unlock.execute();
            }
        } catch (SQLException e) {
            // closing the session releases a session-level advisory lock too
            log.warn("Releasing the processor start lock failed; it goes with the connection", e);
        }
    }

    boolean holding() {
        return held != null;
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
