package io.beacon.platform.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The PID files under {@code .beacon/run/} that let {@code ./beacon stop} and {@code status} find a run from another
 * terminal. A PID counts only while that process lives and its command line still carries the component's marker,
 * so a recycled PID is never taken for ours.
 */
final class RunState {

    /** The component names of the PID files: the launcher itself, the broker, then the services' modules. */
    static final String LAUNCHER = "beacon";
    static final String KAFKA = "kafka";

    private final PlatformSettings settings;

    RunState(PlatformSettings settings) {
        this.settings = settings;
    }

    void record(String component, long pid) {
        try {
            Files.createDirectories(settings.runDirectory());
            Files.writeString(pidFile(component), pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + pidFile(component), e);
        }
    }

    void clear() {
        try (var files = Files.list(settings.runDirectory())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // nothing recorded
        }
    }

    /** The recorded process of a component, if it is still alive and still ours. */
    Optional<ProcessHandle> live(String component) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile(component)).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> carriesMarker(p, component));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A process of this checkout without a PID file (its file was lost): on Linux, a java process whose working
     * directory is this checkout and whose command line carries the component's marker.
     */
    Optional<ProcessHandle> orphan(String component) {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return Optional.empty();
        }
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> settings.home().equals(workingDirectory(p)))
                .filter(p -> commandLine(p).contains("java") && carriesMarker(p, component))
                .filter(ProcessHandle::isAlive)
                .findFirst();
    }

    Optional<ProcessHandle> liveOrOrphan(String component) {
        return live(component).or(() -> orphan(component));
    }

    private boolean carriesMarker(ProcessHandle process, String component) {
        String commandLine = commandLine(process);
        return commandLine.contains(marker(component))
                // a service started from its start-up cache runs its extracted jar
                || (!component.equals(KAFKA) && !component.equals(LAUNCHER)
                        && commandLine.contains(StartupCache.extractedJarMarker(component)));
    }

    private String marker(String component) {
        return switch (component) {
            case KAFKA -> "kafka.Kafka";
            case LAUNCHER -> Main.class.getName();
            default -> component + "/target/" + component + "-" + BeaconService.VERSION + ".jar";
        };
    }

    private Path pidFile(String component) {
        return settings.runDirectory().resolve(component + ".pid");
    }

    /**
     * From {@code /proc} where there is one: {@link ProcessHandle.Info#commandLine()} gives up on long command lines
     * such as the broker's and the launcher's, whose classpath is long.
     */
    private static String commandLine(ProcessHandle process) {
        Path cmdline = Path.of("/proc", String.valueOf(process.pid()), "cmdline");
        try {
            return Files.readString(cmdline, java.nio.charset.StandardCharsets.ISO_8859_1).replace('\0', ' ');
        } catch (IOException | SecurityException e) {
            return process.info().commandLine().orElse("");
        }
    }

    private static Path workingDirectory(ProcessHandle process) {
        try {
            return Path.of("/proc", String.valueOf(process.pid()), "cwd").toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
