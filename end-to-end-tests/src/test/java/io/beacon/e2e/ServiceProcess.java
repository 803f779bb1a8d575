package io.beacon.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Beacon service started from its executable jar, as README's run command and production start it. It can be
 * killed outright ({@link #kill()}, SIGKILL: no shutdown hooks, no graceful stop) and started again with the same
 * environment on the same port ({@link #restart()}), as a crashed instance brought back by its supervisor would be.
 */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Map<String, String> env;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, Map<String, String> env, int port, Process process, Path log) {
        this.name = name;
        this.env = env;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(String module, Map<String, String> env) {
        return start(module, module, env);
    }

    /** Like {@link #start(String, Map)}, logging to {@code target/e2e-logs/<logName>.log}. */
    static ServiceProcess start(String module, String logName, Map<String, String> env) {
        try {
            Path log = Files.createDirectories(Path.of("target", "e2e-logs")).resolve(logName + ".log");
            return launch(module, Map.copyOf(env), freePort(), log, ProcessBuilder.Redirect.to(log.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + module, e);
        }
    }

    /** Starts the same service again, same environment and port, appending to the same log. Kill it first. */
    ServiceProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running: kill() or close() it first");
        }
        try {
            Files.writeString(log, "%n===== restarted by the test =====%n".formatted(), StandardOpenOption.APPEND);
            return launch(name, env, port, log, ProcessBuilder.Redirect.appendTo(log.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restart " + name, e);
        }
    }

    private static ServiceProcess launch(String module, Map<String, String> env, int port, Path log,
                                         ProcessBuilder.Redirect output) throws IOException {
        Path jar = Path.of("..", module, "target", module + "-0.1.0-SNAPSHOT.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests with `mvn verify` from the root, "
                    + "which packages the services before this module runs");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx512m", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output);
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        return new ServiceProcess(module, env, port, builder.start(), log);
    }

    /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux), then waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " survived SIGKILL for 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing " + name, e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    boolean alive() {
        return process.isAlive();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static File resource(String name) {
        try {
            return new File(ServiceProcess.class.getClassLoader().getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("Missing test resource " + name, e);
        }
    }
}
