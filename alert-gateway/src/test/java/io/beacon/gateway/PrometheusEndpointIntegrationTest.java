package io.beacon.gateway;

import io.beacon.testkit.PrometheusScrape;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The scrape a benchmark or Prometheus reads: open without a token, with the webhook timer as a histogram. */
class PrometheusEndpointIntegrationTest extends KafkaBackedGatewayTest {

    private static final String WEBHOOK_TIMER = "beacon_webhook_seconds";

    @Test
    void webhooksAreTimedByOutcomeWithBuckets() {
        assertThat(gateway().postWebhook(Fixtures.read(Fixtures.SLOTH_PAGE), NEW_TOKEN).statusCode()).isEqualTo(202);
        assertThat(gateway().postWebhook(Fixtures.read(Fixtures.SLOTH_PAGE), "wrong").statusCode()).isEqualTo(401);

        PrometheusScrape scrape = PrometheusScrape.of(port);

        assertThat(scrape.status()).isEqualTo(200);
        Map<String, String> accepted = Map.of("outcome", "accepted");
        assertThat(scrape.timerCount(WEBHOOK_TIMER, accepted)).isGreaterThanOrEqualTo(1);
        assertThat(scrape.bucketCount(WEBHOOK_TIMER, accepted)).isGreaterThan(10);
        assertThat(scrape.timerCount(WEBHOOK_TIMER, Map.of("outcome", "unauthenticated"))).isGreaterThanOrEqualTo(1);
        System.out.printf("beacon.webhook accepted: count %.0f, sum %.3f s%n",
                scrape.timerCount(WEBHOOK_TIMER, accepted), scrape.sum(WEBHOOK_TIMER + "_sum", accepted));
    }

    @Test
    void onlyHealthInfoAndPrometheusAreExposed() {
        assertThat(gateway().get("/actuator").body()).doesNotContain("/actuator/env", "/actuator/beans");
        assertThat(gateway().get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(gateway().get("/actuator/metrics").statusCode()).isEqualTo(404);
        assertThat(gateway().get("/actuator/heapdump").statusCode()).isEqualTo(404);
    }
}
