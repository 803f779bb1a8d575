package io.beacon.testkit;

import org.testcontainers.DockerClientFactory;

/** Asks Testcontainers once whether a Docker engine answers (about 0.4 s when none does). */
final class DockerAvailability {

    private static Boolean available;

    private DockerAvailability() {
    }

    static synchronized boolean dockerAvailable() {
        if (available == null) {
            boolean answer;
            try {
                answer = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                answer = false;
            }
            available = answer;
        }
        return available;
    }
}
