package io.beacon.platform.launch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * How to start a single-node KRaft broker as its own JVM.
 *
 * @param directory     where its effective {@code server.properties} is written
 * @param configuration the lines of that file; {@code log.dirs} is formatted on first start
 * @param classpath     Kafka's server jars and an SLF4J binding
 * @param output        the JVM's stdout and stderr (the broker's own log is the logging configuration's business)
 */
public record BrokerLaunch(String name, Path workingDirectory, Path directory, List<String> configuration,
                           String classpath, List<String> jvmOptions, int port, Path output) {

    /**
     * The broker's heap, for the run command and the end-to-end tests alike: about 55 MB live once its log cleaner's
     * map is cut down (server.properties), so the serial collector, grown from 32 MB.
     */
    public static final List<String> HEAP_OPTIONS = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC");

    /** {@link #HEAP_OPTIONS}, then {@code more}. */
    public static List<String> jvmOptions(String... more) {
        return Stream.concat(HEAP_OPTIONS.stream(), Arrays.stream(more)).toList();
    }

    public BrokerLaunch {
        configuration = List.copyOf(configuration);
        jvmOptions = List.copyOf(jvmOptions);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }
}
