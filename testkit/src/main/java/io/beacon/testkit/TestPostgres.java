package io.beacon.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place that decides where tests get PostgreSQL from, once per JVM:
 * <ol>
 *   <li>{@code BEACON_TEST_POSTGRES_URL} (+ {@code _USER}, {@code _PASSWORD}) from the environment: a server
 *       whose user may create databases;</li>
 *   <li>a Testcontainers PostgreSQL when a Docker engine answers;</li>
 *   <li>otherwise a real PostgreSQL started from embedded binaries (io.zonky).</li>
 * </ol>
 * Each caller of {@link #newDatabase(String)} gets its own fresh database on that one server.
 */
public final class TestPostgres {

    public static final String ENV_URL = "BEACON_TEST_POSTGRES_URL";
    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final AtomicInteger counter = new AtomicInteger();
    private static Server server;

    /** Where a test database lives. */
    public record Database(String jdbcUrl, String username, String password) {

        /** Points a Spring test context's data source at this database. */
        public void register(DynamicPropertyRegistry registry) {
            registry.add("spring.datasource.url", this::jdbcUrl);
            registry.add("spring.datasource.username", this::username);
            registry.add("spring.datasource.password", this::password);
        }
    }

    private record Server(String host, int port, String username, String password) {

        String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    private TestPostgres() {
    }

    /** A new, empty database named after the caller; never shared with another caller. */
    public static synchronized Database newDatabase(String prefix) {
        Server s = server();
        String name = (prefix.replaceAll("[^a-zA-Z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_"
                + counter.incrementAndGet()).toLowerCase();
        try (Connection c = DriverManager.getConnection(s.url("postgres"), s.username(), s.password());
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return new Database(s.url(name), s.username(), s.password());
    }

    private static Server server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static Server start() {
        String external = System.getenv(ENV_URL);
        if (external != null && !external.isBlank()) {
            log.info("Tests use the PostgreSQL server at {} ({})", external, ENV_URL);
            java.net.URI uri = java.net.URI.create(external.substring("jdbc:".length()));
            return new Server(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                    envOr("BEACON_TEST_POSTGRES_USER", "postgres"), envOr("BEACON_TEST_POSTGRES_PASSWORD", "postgres"));
        }
        if (DockerAvailability.dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-postgres-stop"));
            log.info("Tests use a Testcontainers PostgreSQL at {}", container.getJdbcUrl());
            return new Server(container.getHost(), container.getMappedPort(5432), container.getUsername(),
                    container.getPassword());
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }, "test-postgres-stop"));
            log.info("Tests use an embedded PostgreSQL on port {}", postgres.getPort());
            return new Server("localhost", postgres.getPort(), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
