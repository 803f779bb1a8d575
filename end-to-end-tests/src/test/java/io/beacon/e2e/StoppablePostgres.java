package io.beacon.e2e;

import io.beacon.testkit.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * A PostgreSQL server of the test's own (embedded binaries, as testkit's {@link TestPostgres} falls back to), which
 * the test can stop outright and start again on the same port and data directory: the services keep their JDBC URLs,
 * as they would when a production database is restarted or fails over. Never shared with another test: stopping it
 * must not take anybody else's database away.
 */
final class StoppablePostgres implements AutoCloseable {

    private static final String USER = "postgres";
    private final int port;
    private final Path dataDirectory;
    private EmbeddedPostgres server;

    private StoppablePostgres(int port, Path dataDirectory) {
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    static StoppablePostgres start(String name) {
        try {
            Path data = Files.createDirectories(Path.of("target", "e2e-postgres")).toAbsolutePath()
                    .resolve(name + "-" + ProcessHandle.current().pid());
            StoppablePostgres postgres = new StoppablePostgres(E2eServices.freePort(), data);
            postgres.startAgain();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty database on this server. */
    TestPostgres.Database newDatabase(String name) {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, USER);
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return new TestPostgres.Database(url(name), USER, USER);
    }

    /** Stops the server (fast shutdown: open connections are cut) and keeps its data directory. */
    Duration stop() {
        Instant started = Instant.now();
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop PostgreSQL", e);
        }
        server = null;
        return Duration.between(started, Instant.now());
    }

    /** Starts the server again on the same port over the same data directory. */
    void startAgain() {
        if (server != null) {
            throw new IllegalStateException("PostgreSQL is running");
        }
        try {
            server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // the services connect many pools at once; the default 100 is enough for six instances
                    .setServerConfig("max_connections", "300")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL on port " + port + " over " + dataDirectory, e);
        }
    }

    boolean running() {
        return server != null;
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // target/ is cleaned by the next build
        }
    }
}
