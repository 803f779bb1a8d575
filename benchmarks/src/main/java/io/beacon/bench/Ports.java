package io.beacon.bench;

import java.util.Map;

/** Where {@code ./beacon run} puts things, read from the same variables it reads. */
record Ports(int gateway, int incident, int postmortem, int kafka) {

    static Ports from(Map<String, String> env) {
        return new Ports(port(env, "BEACON_GATEWAY_PORT", 8081), port(env, "BEACON_INCIDENT_PORT", 8082),
                port(env, "BEACON_POSTMORTEM_PORT", 8083), port(env, "BEACON_KAFKA_PORT", 9092));
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + kafka;
    }
}
