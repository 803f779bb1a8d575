package io.beacon.platform.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;

/**
 * The three services, in start order (the way of an alert to a page first; see {@link LocalPlatform}): module,
 * default port, the setting that moves it, their database settings' prefix.
 */
public enum BeaconService {

    ALERT_GATEWAY("alert-gateway", 8081, "BEACON_GATEWAY_PORT", null),
    INCIDENT_SERVICE("incident-service", 8082, "BEACON_INCIDENT_PORT", "INCIDENT"),
    POSTMORTEM_SERVICE("postmortem-service", 8083, "BEACON_POSTMORTEM_PORT", "POSTMORTEM");

    /** The version the build gave the services' jars (this module is built with them). */
    static final String VERSION = version();

    private final String module;
    private final int defaultPort;
    private final String portVariable;
    private final String databasePrefix;

    BeaconService(String module, int defaultPort, String portVariable, String databasePrefix) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.portVariable = portVariable;
        this.databasePrefix = databasePrefix;
    }

    public String module() {
        return module;
    }

    int defaultPort() {
        return defaultPort;
    }

    String portVariable() {
        return portVariable;
    }

    /** {@code BEACON_<prefix>_DATABASE_*} become this service's {@code DATABASE_*}; null: it has no database. */
    String databasePrefix() {
        return databasePrefix;
    }

    /** What every start of this service sets, whoever starts it: the Axon services never phone home. */
    public Map<String, String> fixedEnvironment() {
        return databasePrefix == null ? Map.of() : Map.of("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
    }

    /** The executable jar the build leaves in the module's target folder. */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar");
    }

    public static BeaconService ofModule(String module) {
        return Arrays.stream(values()).filter(s -> s.module.equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Beacon service called " + module));
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = BeaconService.class.getResourceAsStream("launcher.properties")) {
            if (in == null) {
                throw new IllegalStateException("launcher.properties is missing from the launcher's classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
