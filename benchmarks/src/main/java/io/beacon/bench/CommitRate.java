package io.beacon.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database's raw limit for intake: one-row transactions a second over JDBC, one connection, autocommit, in a
 * table of its own that is dropped afterwards. Each signal the incident-service takes is at least one such commit.
 */
final class CommitRate {

    private CommitRate() {
    }

    static double measure(String url, String user, String password, Duration window) throws SQLException {
        String table = "beacon_bench_commit_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 4);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table " + table + " (id bigint primary key, payload varchar(200))");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into " + table + " (id, payload) values (?, ?)")) {
                long start = System.nanoTime();
                long end = start + window.toNanos();
                long rows = 0;
                while (System.nanoTime() < end) {
                    insert.setLong(1, rows++);
                    insert.setString(2, "signal " + rows);
                    insert.executeUpdate();
                }
                return rows / ((System.nanoTime() - start) / 1e9);
            } finally {
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("drop table " + table);
                }
            }
        }
    }
}
