package io.beacon.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The statements of a SQL script on the classpath, for comparing a service's Flyway migration with the canonical
 * DDL a shared module ships: {@code --} comments dropped, whitespace collapsed, one entry per statement. Comments
 * may differ between the copies (a migration already applied keeps its checksum); statements may not.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    public static List<String> of(String classpathResource) {
        try (InputStream in = SqlStatements.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalArgumentException("No SQL script on the classpath at " + classpathResource);
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(script.replaceAll("--[^\\n]*", "").split(";"))
                    .map(statement -> statement.strip().replaceAll("\\s+", " "))
                    .filter(statement -> !statement.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
