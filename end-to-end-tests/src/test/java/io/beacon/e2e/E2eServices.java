package io.beacon.e2e;

import io.beacon.platform.launch.BeaconService;
import io.beacon.platform.launch.ServiceLaunch;
import io.beacon.platform.launch.ServiceProcess;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The services as these tests start them: through local-platform's launcher ({@link ServiceProcess}, the code behind
 * {@code ./beacon run}), each on a free port with the test's own environment, logging to
 * {@code target/e2e-logs/<logName>.log}.
 */
final class E2eServices {

    /** Surefire runs in the module directory: the repository root is its parent. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LOGS = Path.of("target", "e2e-logs").toAbsolutePath();

    private E2eServices() {
    }

    static ServiceProcess start(String module, Map<String, String> env) {
        return start(module, module, env);
    }

    static ServiceProcess start(String module, String logName, Map<String, String> env) {
        BeaconService service = BeaconService.ofModule(module);
        Map<String, String> environment = new HashMap<>(service.fixedEnvironment());
        environment.putAll(env);
        try {
            Files.createDirectories(LOGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ServiceProcess.start(new ServiceLaunch(module, service.jar(ROOT), LOGS, environment, Set.of(),
                service.defaultJavaOptions(), freePort(), LOGS.resolve(logName + ".log")));
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
            return new File(E2eServices.class.getClassLoader().getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("Missing test resource " + name, e);
        }
    }
}
