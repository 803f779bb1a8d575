package io.beacon.platform.launch;

/** What {@code ./beacon run} prints once everything is ready: where things are and what to try first. */
final class Banner {

    private static final String EXAMPLE = "deploy/examples/alertmanager-firing.json";

    private Banner() {
    }

    static String text(PlatformSettings settings, Console console) {
        int gateway = settings.port(BeaconService.ALERT_GATEWAY);
        String token = settings.gatewayTokenShown();
        String apiTokens = settings.apiTokensAreTheDefault()
                ? "bearer tokens: beacon-local-commander (role commander), beacon-local-manager (role manager)"
                : "tokens from BEACON_API_TOKENS";
        return """

                %sBeacon is running.%s
                  alert-gateway        http://127.0.0.1:%d   bearer token: %s
                  incident-service     http://127.0.0.1:%d   API: %s
                  postmortem-service   http://127.0.0.1:%d
                  Kafka                127.0.0.1:%d   (beacon.alert-signals.v1, beacon.incident-events.v1)
                  logs                 .beacon/logs/{kafka,alert-gateway,incident-service,postmortem-service}.log
                  data                 .beacon/data (H2), .beacon/kafka (Kafka); delete .beacon/ to start afresh

                Send an Alertmanager webhook (payload version 4):
                  curl -i -X POST http://127.0.0.1:%d/webhooks/alertmanager \\
                       -H 'Authorization: Bearer %s' -H 'Content-Type: application/json' \\
                       --data @%s

                Ctrl-C stops everything (or ./beacon stop from another terminal).""".formatted(
                console.bold, console.reset, gateway, token, settings.port(BeaconService.INCIDENT_SERVICE), apiTokens,
                settings.port(BeaconService.POSTMORTEM_SERVICE), settings.kafkaPort(), gateway, token, EXAMPLE);
    }
}
