package io.beacon.platform.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The three services, in start order (the way of an alert to a page first; see {@link LocalPlatform}): module,
 * default port, the setting that moves it, their database settings' prefix, and the heap each is given.
 */
public enum BeaconService {

    /** Small live set (about 50 MB under a storm): the serial collector's short pauses, no concurrent GC threads. */
    ALERT_GATEWAY("alert-gateway", 8081, "BEACON_GATEWAY_PORT", null,
            List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC")),
    /**
     * 250 MB live under a storm (signals in flight through Kafka, Axon and the aggregate cache): with the serial
     * collector that meant young pauses of 250-300 ms and the storm's signals in after 58 s, so G1, grown from 64 MB.
     */
    INCIDENT_SERVICE("incident-service", 8082, "BEACON_INCIDENT_PORT", "INCIDENT",
            List.of("-Xms64m", "-Xmx512m", "-XX:+UseG1GC")),
    /** About 60 MB live; nothing in it is on the way of a page. */
    POSTMORTEM_SERVICE("postmortem-service", 8083, "BEACON_POSTMORTEM_PORT", "POSTMORTEM",
            List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC"));

    /**
     * What every service's JVM gets besides its heap: C1 only (start-up and footprint before peak speed), and its
     * start-up cache mapped where it was made, so the pages it never touches stay out of memory (the JDK's default
     * relocates the whole cache, which wrote all of its 170 MB into each process's private memory).
     */
    static final List<String> COMMON_JAVA_OPTIONS = List.of("-XX:TieredStopAtLevel=1",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");

    /** The version the build gave the services' jars (this module is built with them). */
    static final String VERSION = version();

    private final String module;
    private final int defaultPort;
    private final String portVariable;
    private final String databasePrefix;
    private final List<String> memoryOptions;

    BeaconService(String module, int defaultPort, String portVariable, String databasePrefix,
                  List<String> memoryOptions) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.portVariable = portVariable;
        this.databasePrefix = databasePrefix;
        this.memoryOptions = memoryOptions;
    }

    /** The JVM options it starts with unless {@code BEACON_JAVA_OPTS} says otherwise: its heap, then the common. */
    public List<String> defaultJavaOptions() {
        return Stream.concat(memoryOptions.stream(), COMMON_JAVA_OPTIONS.stream()).toList();
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
