package io.beacon.bench;

import io.beacon.testkit.PrometheusScrape;

import java.util.List;

/** The running platform as the load generator addresses it: the gateway's webhook and each service's scrape. */
record Target(Http http, Ports ports, String gatewayToken, AlertmanagerWebhook webhooks) {

    /** Posts one webhook with an alert per service given; the HTTP status (0: no answer). */
    int fire(List<String> services) {
        return http.postJson("http://127.0.0.1:" + ports.gateway() + "/webhooks/alertmanager", gatewayToken,
                webhooks.firing(services)).status();
    }

    PrometheusScrape scrapeGateway() {
        return PrometheusScrape.of(ports.gateway());
    }

    PrometheusScrape scrapeIncidents() {
        return PrometheusScrape.of(ports.incident());
    }

    String incidentApi() {
        return "http://127.0.0.1:" + ports.incident() + "/api/incidents";
    }
}
