package io.beacon.platform.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Makes a service's start-up cache: extracts its jar, then runs it once until its Spring context has refreshed
 * ({@code -Dspring.context.exit=onRefresh}: beans created, nothing started, so no Kafka consumer joins a group and no
 * port opens) with {@code -XX:AOTCacheOutput}. The run gets the service's environment (its broker: the refresh
 * provisions topics and waits for the broker) but a throwaway H2 database in its own folder, so that training never
 * migrates or writes the user's data, whatever {@code DATABASE_URL} the service has.
 */
final class CacheTraining {

    private static final Duration TRAINING_WITHIN = Duration.ofMinutes(10);
    private static final Duration CHECK_WITHIN = Duration.ofSeconds(30);

    private final ServiceLaunch launch;
    private final Path directory;
    private final StartupCache.CacheFiles files;

    CacheTraining(ServiceLaunch launch, Path directory, StartupCache.CacheFiles files) {
        this.launch = launch;
        this.directory = directory;
        this.files = files;
    }

    Path log() {
        return directory.resolve("training.log");
    }

    /** Extracts and trains; empty when the cache is made, else what went wrong. */
    Optional<String> run(Consumer<String> say) throws IOException {
        say.accept("training start-up cache for " + launch.name() + " (once per build)…");
        Instant start = Instant.now();
        Path extracted = files.jar().getParent();
        Path home = directory.resolve("training-home");
        deleteRecursively(extracted);
        deleteRecursively(home);
        Files.deleteIfExists(files.cache());
        Files.createDirectories(home);
        Files.writeString(log(), "");
        Path output = directory.resolve("training.aot");
        try {
            if (exitCode(ServiceCommand.extraction(launch.jar(), extracted), home, false) != 0) {
                return Optional.of("extracting " + launch.jar().getFileName() + " failed (log: " + log() + ")");
            }
            int exit = exitCode(ServiceCommand.training(launch, files.jar(), output), home, true);
            if (exit != 0 || !Files.isRegularFile(output)) {
                return Optional.of("training its start-up cache failed (exit " + exit + ", log: " + log() + ")");
            }
            Files.move(output, files.cache(), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteRecursively(home);
            Files.deleteIfExists(output);
        }
        say.accept("start-up cache for %s trained in %.1f s (%s)".formatted(launch.name(),
                Duration.between(start, Instant.now()).toMillis() / 1000.0, directory));
        return Optional.empty();
    }

    /** Empty when the JVM, started as the service will be, accepts the cache; else its complaint. */
    static Optional<String> refusal(ServiceLaunch launch, StartupCache.CacheFiles files) {
        try {
            Process check = new ProcessBuilder(ServiceCommand.check(launch, files)).redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!check.waitFor(CHECK_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                check.destroyForcibly();
                return Optional.of("its check did not end in " + CHECK_WITHIN.toSeconds() + " s");
            }
            if (check.exitValue() == 0) {
                return Optional.empty();
            }
            List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            return Optional.of(lines.isEmpty() ? "exit " + check.exitValue() : String.join(" ", lines));
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private int exitCode(List<String> command, Path home, boolean asTheService) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        if (asTheService) {
            ServiceCommand.environment(builder.environment(), launch);
            builder.environment().put("SERVER_PORT", "0");
            builder.environment().put("DATABASE_URL", "jdbc:h2:file:" + home.resolve("training-db")
                    + ";DB_CLOSE_ON_EXIT=FALSE");
            builder.environment().put("DATABASE_USER", "sa");
            builder.environment().put("DATABASE_PASSWORD", "");
        }
        Process process = builder.start();
        try {
            if (!process.waitFor(TRAINING_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while training the start-up cache of " + launch.name(), e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
