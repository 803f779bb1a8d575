package io.beacon.platform.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code ./beacon run|stop|status}: the shell script finds a JDK, builds when the jars are stale, then runs this
 * from the repository root. Exit status 0 on success, 1 with an {@code error:} line otherwise, 2 for a bad command.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        Console console = Console.standard(env);
        int status;
        try {
            Path root = Path.of("").toRealPath();
            PlatformSettings settings = PlatformSettings.read(root, root, env);
            String command = args.length == 0 ? "run" : args[0];
            status = switch (command) {
                case "run" -> new RunCommand(settings, console).run();
                case "stop" -> new StopCommand(settings, console).run();
                case "status" -> new StatusCommand(settings, console).run();
                default -> {
                    console.error("unknown command '" + command + "' (run, stop, status; ./beacon help)");
                    yield 2;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | LaunchException e) {
            console.error(e.getMessage());
            status = 1;
        }
        System.exit(status);
    }
}
