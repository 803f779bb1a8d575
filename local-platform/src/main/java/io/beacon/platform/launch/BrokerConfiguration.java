package io.beacon.platform.launch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The broker's {@code server.properties}: the committed one with this run's ports, and what formatting needs. */
public final class BrokerConfiguration {

    static final String TEMPLATE = "local-platform/kafka/server.properties";

    private BrokerConfiguration() {
    }

    /** The committed file with {@code 127.0.0.1:9092} and {@code 127.0.0.1:9094} moved to the given ports. */
    static List<String> withPorts(Path template, int port, int controllerPort) {
        try {
            return withPorts(Files.readAllLines(template), port, controllerPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + template, e);
        }
    }

    /**
     * The committed {@code local-platform/kafka/server.properties} on the given ports, with {@code overrides}
     * appended: the broker reads the file as {@link Properties}, where the last value of a key wins.
     */
    public static List<String> local(Path repositoryRoot, int port, int controllerPort, Map<String, String> overrides) {
        List<String> lines = new ArrayList<>(withPorts(repositoryRoot.resolve(TEMPLATE), port, controllerPort));
        if (!overrides.isEmpty()) {
            lines.add("# overrides");
            overrides.forEach((key, value) -> lines.add(key + "=" + value));
        }
        return lines;
    }

    static List<String> withPorts(List<String> lines, int port, int controllerPort) {
        return lines.stream()
                .map(line -> line.replace("127.0.0.1:9092", "127.0.0.1:" + port)
                        .replace("127.0.0.1:9094", "127.0.0.1:" + controllerPort))
                .toList();
    }

    static Properties parse(List<String> lines) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(String.join("\n", lines)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
