package io.beacon.gateway;

import io.beacon.gateway.signal.SignalLimits;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookRefusalIntegrationTest extends KafkaBackedGatewayTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void aWebhookWithoutATokenIsUnauthenticated() {
        HttpResponse<String> response = gateway().post(
                BodyPublishers.ofString(Fixtures.read(Fixtures.SLOTH_PAGE)), "application/json", null);

        assertProblem(response, 401, "urn:beacon:problem:unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aWebhookWithAWrongTokenIsUnauthenticated() {
        HttpResponse<String> response = gateway().postWebhook(Fixtures.read(Fixtures.SLOTH_PAGE), NEW_TOKEN + "x");

        assertProblem(response, 401, "urn:beacon:problem:unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void theTokenIsCheckedBeforeTheContentType() {
        HttpResponse<String> response = gateway().post(BodyPublishers.ofString("hello"), "text/plain", "Bearer nope");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        HttpResponse<String> response = gateway().post(
                BodyPublishers.ofString(Fixtures.read(Fixtures.SLOTH_PAGE)), "text/plain", "Bearer " + NEW_TOKEN);

        assertProblem(response, 415, "urn:beacon:problem:unsupported-media-type");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        HttpResponse<String> response = gateway().postWebhook(oversizedWebhook(), NEW_TOKEN);

        assertProblem(response, 413, "urn:beacon:problem:payload-too-large");
    }

    @Test
    void aChunkedBodyOverTheLimitIsTooLargeToo() {
        byte[] body = oversizedWebhook().getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = gateway().postWebhookChunked(body, NEW_TOKEN);

        assertProblem(response, 413, "urn:beacon:problem:payload-too-large");
        assertThat(response.request().headers().firstValue("Content-Length")).isEmpty();
    }

    @Test
    void malformedJsonIsABadRequest() {
        HttpResponse<String> response = gateway().postWebhook("{\"version\":\"4\",\"alerts\":[", NEW_TOKEN);

        assertProblem(response, 400, "urn:beacon:problem:malformed-body");
    }

    @Test
    void anotherPayloadVersionIsRefusedWithItsPointer() {
        String version3 = Fixtures.read(Fixtures.SLOTH_PAGE).replace("\"version\": \"4\"", "\"version\": \"3\"");

        HttpResponse<String> response = gateway().postWebhook(version3, NEW_TOKEN);

        JsonNode problem = assertProblem(response, 400, "urn:beacon:problem:invalid-webhook");
        assertThat(problem.path("errors").size()).isEqualTo(1);
        assertThat(problem.path("errors").get(0).path("pointer").asString()).isEqualTo("/version");
        assertThat(problem.path("errors").get(0).path("detail").asString()).contains("\"3\"");
    }

    @Test
    void everyViolationIsListed() {
        String broken = Fixtures.read(Fixtures.SLOTH_PAGE)
                .replace("\"status\": \"firing\",\n      \"labels\"", "\"status\": \"pending\",\n      \"labels\"")
                .replace("2026-11-22T09:14:03.512Z", "not a time");

        JsonNode problem = assertProblem(gateway().postWebhook(broken, NEW_TOKEN), 400,
                "urn:beacon:problem:invalid-webhook");

        assertThat(problem.path("errors").valueStream().map(error -> error.path("pointer").asString()))
                .containsExactlyInAnyOrder("/alerts/0/status", "/alerts/0/startsAt");
    }

    @Test
    void theReadinessProbeIsOpen() {
        HttpResponse<String> response = gateway().get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).path("status").asString()).isEqualTo("UP");
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith(PROBLEM_JSON));
        JsonNode problem = body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).isEqualTo(type);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }

    /** A real webhook made larger than the body limit by a long annotation, so only its size is wrong. */
    private static String oversizedWebhook() {
        return Fixtures.read(Fixtures.SLOTH_PAGE)
                .replace("\"team\": \"payments\"", "\"team\": \"" + "x".repeat(SignalLimits.MAX_BODY_BYTES) + "\"");
    }
}
