package io.beacon.platform.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to start one service from its executable jar.
 *
 * @param environment set on top of the launcher's inherited environment, after {@code unset} is removed;
 *                    {@code SERVER_PORT} comes from {@code port}
 * @param log         the service's output (stdout and stderr)
 */
public record ServiceLaunch(String name, Path jar, Path workingDirectory, Map<String, String> environment,
                            Set<String> unset, List<String> jvmOptions, int port, Path log) {

    public ServiceLaunch {
        environment = Map.copyOf(environment);
        unset = Set.copyOf(unset);
        jvmOptions = List.copyOf(jvmOptions);
    }
}
