package io.beacon.e2e;

import io.beacon.platform.launch.ServiceProcess;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7, fault "two instances of each service side by side": two alert-gateways, two incident-services on one
 * database, two postmortem-services on another, one broker, one Slack. Every alert goes to both gateways, twice (an
 * HA Alertmanager pair sends each notification from both members, and re-sends); nobody acknowledges, so each
 * incident escalates step by step until its escalation is exhausted; then each is resolved through one
 * incident-service or the other (some through both). Must hold: one incident per service, one page per escalation
 * step, one postmortem per incident, whichever instance did the work.
 */
class TwoInstancesOfEachServiceEndToEndTest {

    private static final List<String> SERVICES = IntStream.rangeClosed(1, 8).mapToObj(i -> "ha-svc-" + i).toList();
    private static StoppablePostgres postgres;
    private static SlackStandIn slack;
    private static final List<ServiceProcess> gateways = new ArrayList<>();
    private static final List<ServiceProcess> incidentServices = new ArrayList<>();
    private static final List<ServiceProcess> postmortemServices = new ArrayList<>();

    @BeforeAll
    static void startTwoOfEach() {
        postgres = StoppablePostgres.start("two-instances");
        slack = SlackStandIn.start();
        String kafka = TestKafka.bootstrapServers();
        TestPostgres.Database incidentDb = postgres.newDatabase("ha_incident");
        TestPostgres.Database postmortemDb = postgres.newDatabase("ha_postmortem");
        for (String instance : List.of("a", "b")) {
            gateways.add(E2eServices.start("alert-gateway", "ha-alert-gateway-" + instance, Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", kafka,
                    "ALERT_GATEWAY_TOKEN", FaultProbe.GATEWAY_TOKEN)));
            incidentServices.add(E2eServices.start("incident-service", "ha-incident-service-" + instance, Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", kafka,
                    "DATABASE_URL", incidentDb.jdbcUrl(),
                    "DATABASE_USER", incidentDb.username(),
                    "DATABASE_PASSWORD", incidentDb.password(),
                    "SLACK_API_URL", slack.apiUrl(),
                    "SLACK_BOT_TOKEN", "xoxb-e2e",
                    "SLACK_SIGNING_SECRET", "e2e-signing-secret",
                    "BEACON_ONCALL_FILE",
                    "file:" + E2eServices.resource("e2e-escalating-oncall.yml").getAbsolutePath(),
                    "BEACON_API_TOKENS", FaultProbe.API_TOKENS)));
            postmortemServices.add(E2eServices.start("postmortem-service", "ha-postmortem-service-" + instance,
                    Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka,
                            "DATABASE_URL", postmortemDb.jdbcUrl(),
                            "DATABASE_USER", postmortemDb.username(),
                            "DATABASE_PASSWORD", postmortemDb.password(),
                            "BEACON_API_TOKENS", FaultProbe.API_TOKENS)));
        }
        // Both instances of each service start at the same moment on empty databases: without the processor start
        // lock (event-store's ProcessorStartLock) both insert a processor's first token rows and the loser fails.
        List<ServiceProcess> all = new ArrayList<>(gateways);
        all.addAll(incidentServices);
        all.addAll(postmortemServices);
        FaultProbe.awaitReady(all.toArray(ServiceProcess[]::new));
    }

    @AfterAll
    static void stopAll() {
        // Both instances of each service start at the same moment on empty databases: without the processor start
        // lock (event-store's ProcessorStartLock) both insert a processor's first token rows and the loser fails.
        List<ServiceProcess> all = new ArrayList<>(gateways);
        all.addAll(incidentServices);
        all.addAll(postmortemServices);
        all.forEach(ServiceProcess::close);
        if (slack != null) {
            slack.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void eachIncidentPageAndPostmortemHappensOnceWithTwoInstancesOfEverything() throws Exception {
        int sent = 0;
        int accepted = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < SERVICES.size(); i++) {
                String payload = FaultProbe.firing(SERVICES.get(i), i);
                for (ServiceProcess gateway : gateways) {
                    sent++;
                    int status = FaultProbe.postWebhook(gateway, payload);
                    accepted += status >= 200 && status < 300 ? 1 : 0;
                }
            }
        }
        assertThat(accepted).as("webhooks answered 2xx").isEqualTo(sent);

        Map<String, String> incidentOf = new HashMap<>();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (String service : SERVICES) {
                for (ServiceProcess incidents : incidentServices) {
                    assertThat(FaultProbe.incidentIds(incidents, service)).as(service + " on " + incidents.name())
                            .hasSize(1);
                }
            }
        });
        for (String service : SERVICES) {
            incidentOf.put(service, FaultProbe.incidentIds(incidentServices.get(0), service).get(0));
        }
        // the four deliveries of each alert are one signal: the trigger, never attached again
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String service : SERVICES) {
                assertThat(FaultProbe.list(incidentServices.get(1).url("/api/incidents?service=" + service)))
                        .singleElement().satisfies(i -> assertThat(i.get("signalCount").asInt())
                                .as("signals of " + service).isEqualTo(1));
            }
        });

        // nobody acknowledges: every incident runs through its whole escalation
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String id : incidentOf.values()) {
                assertThat(kinds(id)).as("timeline of " + id).contains("ESCALATION_EXHAUSTED");
            }
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String id : incidentOf.values()) {
                int steps = steps(id);
                for (int step = 1; step <= steps; step++) {
                    assertThat(FaultProbe.pages(slack, id, step)).as("pages of " + id + " step " + step).hasSize(1);
                }
                assertThat(FaultProbe.pages(slack, id)).as("pages of " + id).hasSize(steps);
            }
        });

        // resolved through either instance; every third one through both (the second changes nothing)
        for (int i = 0; i < SERVICES.size(); i++) {
            String id = incidentOf.get(SERVICES.get(i));
            assertThat(FaultProbe.resolve(incidentServices.get(i % 2), id)).isEqualTo(204);
            if (i % 3 == 0) {
                assertThat(FaultProbe.resolve(incidentServices.get((i + 1) % 2), id)).isEqualTo(204);
            }
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (ServiceProcess postmortems : postmortemServices) {
                for (String id : incidentOf.values()) {
                    assertThat(postmortemsOf(postmortems, id)).as("postmortems of " + id + " on "
                            + postmortems.name()).isEqualTo(1);
                }
            }
        });
        report(sent, accepted, incidentOf);
    }

    private static List<String> kinds(String incidentId) throws Exception {
        return FaultProbe.timeline(incidentServices.get(1), incidentId).stream()
                .map(e -> e.get("kind").asString()).toList();
    }

    /** Escalation steps taken, by the timeline: the first page and each escalation. */
    private static int steps(String incidentId) throws Exception {
        return (int) kinds(incidentId).stream().filter(k -> k.equals("PAGED") || k.equals("ESCALATED")).count();
    }

    private static long postmortemsOf(ServiceProcess postmortems, String incidentId) throws Exception {
        return FaultProbe.list(postmortems.url("/api/postmortems")).stream()
                .filter(p -> incidentId.equals(p.get("incidentId").asString())).count();
    }

    private static void report(int sent, int accepted, Map<String, String> incidentOf) throws Exception {
        int incidents = 0;
        int steps = 0;
        int pages = 0;
        int duplicatePages = 0;
        int missingPages = 0;
        for (String service : SERVICES) {
            incidents += FaultProbe.incidentIds(incidentServices.get(1), service).size();
            String id = incidentOf.get(service);
            int taken = steps(id);
            steps += taken;
            for (int step = 1; step <= taken; step++) {
                int posted = FaultProbe.pages(slack, id, step).size();
                pages += posted;
                duplicatePages += Math.max(0, posted - 1);
                missingPages += posted == 0 ? 1 : 0;
            }
        }
        List<JsonNode> postmortems = FaultProbe.list(postmortemServices.get(0).url("/api/postmortems"));
        long ours = postmortems.stream().filter(p -> incidentOf.containsValue(p.get("incidentId").asString())).count();
        System.out.printf("[two-instances] 2 gateways, 2 incident-services, 2 postmortem-services: webhooks sent=%d "
                        + "accepted=%d (each alert 4 times) | services=%d incidents=%d | escalation steps=%d "
                        + "pages=%d duplicated=%d lost=%d | resolved=%d postmortems=%d%n",
                sent, accepted, SERVICES.size(), incidents, steps, pages, duplicatePages, missingPages,
                incidentOf.size(), ours);
        assertThat(incidents).isEqualTo(SERVICES.size());
        assertThat(duplicatePages + missingPages).isZero();
        assertThat(ours).isEqualTo(incidentOf.size());
    }
}
