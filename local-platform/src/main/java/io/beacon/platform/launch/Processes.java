package io.beacon.platform.launch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Small process and port facts shared by the launcher's commands and process handles. */
final class Processes {

    private Processes() {
    }

    /** The java that runs this JVM: children run on the same JDK. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /**
     * The command run so that it ignores SIGINT: Ctrl-C in a terminal reaches every process of the foreground group,
     * and the launcher, not the terminal, must stop the services before the broker. A JVM keeps a signal ignored
     * that it inherited ignored; the shell {@code exec}s, so the PID stays the JVM's.
     */
    static List<String> ignoringInterrupt(List<String> command) {
        if (!Files.isExecutable(Path.of("/bin/sh"))) {
            return command;
        }
        List<String> wrapped = new java.util.ArrayList<>(List.of("/bin/sh", "-c", "trap '' INT; exec \"$0\" \"$@\""));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Is something on 127.0.0.1 accepting connections on this port? */
    static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * SIGTERM to each, then waits up to {@code grace} for all of them, then SIGKILL for what is left. Sending to all
     * first lets them shut down side by side.
     */
    static void terminate(Duration grace, List<ProcessHandle> processes, Console console) {
        processes.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        for (ProcessHandle process : processes) {
            long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            if (!waitFor(process, Duration.ofMillis(left))) {
                console.warn("PID " + process.pid() + " did not stop within " + grace.toSeconds() + "s: killing it");
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(10));
            }
        }
    }

    static boolean waitFor(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** The last lines of a log file, framed, for an error message. */
    static String tail(Path log, int lines) {
        String body;
        try {
            List<String> all = Files.readAllLines(log);
            body = String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            body = "(no log: " + e.getMessage() + ")";
        }
        return "----- last lines of " + log + " -----" + System.lineSeparator() + body + System.lineSeparator()
                + "-----";
    }
}
