package io.beacon.platform.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code ./beacon} reads from the environment, and what follows from it: ports, tokens, the state folder and
 * each service's environment. The one place these keys are known; README documents them.
 *
 * @param repositoryRoot where the service jars and {@code local-platform/kafka/} are
 * @param home           the working directory of the broker and the services: their state is under {@code .beacon/}
 *                       in it (the services' H2 default is the relative {@code ./.beacon/data/})
 * @param javaOptions    {@code BEACON_JAVA_OPTS}: every service's JVM options instead of its own
 *                       ({@link BeaconService#defaultJavaOptions()}); empty when not set
 * @param environment    the launcher's own environment: the services inherit it, minus {@code DATABASE_*}
 */
public record PlatformSettings(Path repositoryRoot, Path home, int kafkaPort, int kafkaControllerPort,
                               Map<BeaconService, Integer> servicePorts, Duration readyTimeout,
                               List<String> javaOptions, String gatewayToken, String apiTokens,
                               Map<String, String> environment) {

    static final String DEFAULT_TOKEN = "beacon-local-token";
    static final String DEFAULT_API_TOKENS =
            "local-commander:commander:beacon-local-commander,local-manager:manager:beacon-local-manager";
    private static final Set<String> DATABASE_KEYS = Set.of("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD");

    public PlatformSettings {
        servicePorts = Map.copyOf(servicePorts);
        javaOptions = List.copyOf(javaOptions);
        environment = Map.copyOf(environment);
    }

    /** Reads the settings {@code ./beacon} documents from {@code env}, with its defaults. */
    public static PlatformSettings read(Path repositoryRoot, Path home, Map<String, String> env) {
        Map<BeaconService, Integer> ports = new EnumMap<>(BeaconService.class);
        for (BeaconService service : BeaconService.values()) {
            ports.put(service, port(env, service.portVariable(), service.defaultPort()));
        }
        return new PlatformSettings(repositoryRoot.toAbsolutePath().normalize(), home.toAbsolutePath().normalize(),
                port(env, "BEACON_KAFKA_PORT", 9092), port(env, "BEACON_KAFKA_CONTROLLER_PORT", 9094), ports,
                Duration.ofSeconds(number(env, "BEACON_READY_TIMEOUT", 120)),
                words(env.getOrDefault("BEACON_JAVA_OPTS", "")),
                orDefault(env, "ALERT_GATEWAY_TOKEN", DEFAULT_TOKEN),
                orDefault(env, "BEACON_API_TOKENS", DEFAULT_API_TOKENS), env);
    }

    /** Whether services start from their JDK AOT cache ({@code BEACON_AOT_CACHE}, on unless false; JDK 25+). */
    public boolean startupCache() {
        return StartupCache.enabled(environment);
    }

    public Path stateDirectory() {
        return home.resolve(".beacon");
    }

    public Path logDirectory() {
        return stateDirectory().resolve("logs");
    }

    Path runDirectory() {
        return stateDirectory().resolve("run");
    }

    Path kafkaDirectory() {
        return stateDirectory().resolve("kafka");
    }

    public int port(BeaconService service) {
        return servicePorts.get(service);
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    /** Every port the run needs free, the broker's first. */
    List<Integer> ports() {
        List<Integer> ports = new ArrayList<>(List.of(kafkaPort, kafkaControllerPort));
        Arrays.stream(BeaconService.values()).map(this::port).forEach(ports::add);
        return ports;
    }

    /** The token the banner shows: the first of a rotation list. */
    String gatewayTokenShown() {
        return gatewayToken.split(",", 2)[0];
    }

    boolean apiTokensAreTheDefault() {
        return apiTokens.equals(DEFAULT_API_TOKENS);
    }

    /**
     * A service as {@code ./beacon run} starts it: this environment minus {@code DATABASE_*} (so a shell's
     * {@code DATABASE_URL} never points a service at the wrong database), plus its port, the broker, the tokens,
     * its fixed environment and {@code BEACON_<SERVICE>_DATABASE_*} as its {@code DATABASE_*}.
     */
    public ServiceLaunch serviceLaunch(BeaconService service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        env.put("ALERT_GATEWAY_TOKEN", gatewayToken);
        env.put("BEACON_API_TOKENS", apiTokens);
        env.putAll(service.fixedEnvironment());
        if (service.databasePrefix() != null) {
            for (String key : DATABASE_KEYS) {
                String value = environment.get("BEACON_" + service.databasePrefix() + "_" + key);
                if (value != null && !value.isEmpty()) {
                    env.put(key, value);
                }
            }
        }
        return new ServiceLaunch(service.module(), service.jar(repositoryRoot), home, env, DATABASE_KEYS,
                javaOptions.isEmpty() ? service.defaultJavaOptions() : javaOptions, port(service),
                logDirectory().resolve(service.module() + ".log"));
    }

    /**
     * The broker of {@code local-platform/kafka/}, on this run's ports, data and logs under {@code .beacon/}, with
     * {@link BrokerLaunch#HEAP_OPTIONS}.
     */
    public BrokerLaunch brokerLaunch(String classpath) {
        Path kafka = repositoryRoot.resolve("local-platform/kafka");
        return new BrokerLaunch("Kafka", home, kafkaDirectory(),
                BrokerConfiguration.local(repositoryRoot, kafkaPort, kafkaControllerPort, Map.of()),
                classpath, BrokerLaunch.jvmOptions("-Djava.awt.headless=true",
                        "-Dlog4j2.configurationFile=" + kafka.resolve("log4j2.properties")),
                kafkaPort, logDirectory().resolve("kafka.stdout.log"));
    }

    private static String orDefault(Map<String, String> env, String key, String fallback) {
        String value = env.get(key);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static int port(Map<String, String> env, String key, int fallback) {
        int port = number(env, key, fallback);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(key + " must be a port number (1-65535), not " + port);
        }
        return port;
    }

    private static int number(Map<String, String> env, String key, int fallback) {
        String value = orDefault(env, key, String.valueOf(fallback)).strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'");
        }
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
