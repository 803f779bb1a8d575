package io.beacon.gateway.abuse;

import io.beacon.gateway.AlertGatewayApplication;
import io.beacon.gateway.GatewayHttp;
import io.beacon.testkit.TestKafka;
import jakarta.servlet.Filter;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 100,000 generated and mutated webhook bodies ({@link MutatedWebhooks}) through the gateway's whole Spring MVC stack
 * in this JVM (MockMvc: the token filter, the controller, the advice, the real Kafka producer and broker), and 2,000
 * more over real HTTP (Tomcat): every answer is a 2xx, or a 4xx with problem details carrying a type and a title;
 * never a 5xx. Nothing is half-written: afterwards the topic has grown by exactly the alerts the 2xx answers
 * accepted, each once, and by nothing for the 4xx ones ({@link KafkaLedger}). Prints counts per status.
 */
class WebhookAbusePropertyTest {

    static final int TRIES = 100_000;
    static final int HTTP_TRIES = 2_000;
    static final String TOKEN = "abuse-token";

    private static ConfigurableApplicationContext gateway;
    private static MockMvc mvc;
    private static GatewayHttp http;
    private static Outcomes inProcess;
    private static Outcomes overHttp;
    private static final InFlight inProcessRequests = new InFlight();
    private static final InFlight httpRequests = new InFlight();

    @BeforeContainer
    static void startGateway() {
        gateway = new SpringApplicationBuilder(AlertGatewayApplication.class).run(
                "--server.port=0",
                "--beacon.gateway.tokens=" + TOKEN,
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                // one acknowledgement per 2xx is the cost of each try: don't wait for a batch that never comes
                "--spring.kafka.producer.properties[linger.ms]=0",
                "--logging.level.io.beacon.gateway=WARN",
                "--logging.level.org.springframework.web=ERROR");
        FilterRegistrationBean<?> tokens = gateway.getBean("bearerTokenFilter", FilterRegistrationBean.class);
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) gateway)
                .addFilter((Filter) tokens.getFilter(), GatewayHttp.WEBHOOK)
                .build();
        http = new GatewayHttp(((WebServerApplicationContext) gateway).getWebServer().getPort());
        inProcess = new Outcomes(TestKafka.bootstrapServers());
        overHttp = new Outcomes(TestKafka.bootstrapServers());
    }

    /** jqwik ran every try it was told to (a lower default from configuration would show here). */
    @AfterContainer
    static void everyTryRan() {
        try {
            assertThat(inProcess.tries()).as("tries in process").isEqualTo(TRIES);
            assertThat(overHttp.tries()).as("tries over HTTP").isEqualTo(HTTP_TRIES);
        } finally {
            inProcessRequests.close();
            httpRequests.close();
            gateway.close();
        }
    }

    @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE,
            shrinking = ShrinkingMode.OFF)
    void everyBodyInProcessIsAnswered2xxOr4xxWithProblemDetails(@ForAll("bodies") MutatedWebhooks.Body body)
            throws Exception {
        inProcess.beforeTry();
        inProcessRequests.submit(body, () -> {
            MvcResult result = mvc.perform(post(GatewayHttp.WEBHOOK).contentType(body.contentType())
                    .header("Authorization", "Bearer " + TOKEN).content(body.bytes())).andReturn();
            var response = result.getResponse();
            check(inProcess, response.getStatus(), response.getContentType(),
                    response.getContentAsString(StandardCharsets.UTF_8));
        });
        if (inProcess.started() == TRIES) {
            inProcessRequests.drain();
            inProcess.report("in process (MockMvc, the whole Spring MVC stack)");
        }
    }

    @Property(tries = HTTP_TRIES, generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE,
            shrinking = ShrinkingMode.OFF)
    void everyBodyOverHttpIsAnswered2xxOr4xxWithProblemDetails(@ForAll("bodies") MutatedWebhooks.Body body)
            throws Exception {
        overHttp.beforeTry();
        httpRequests.submit(body, () -> {
            HttpResponse<String> response = http.post(HttpRequest.BodyPublishers.ofByteArray(body.bytes()),
                    body.contentType(), "Bearer " + TOKEN);
            check(overHttp, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        });
        if (overHttp.started() == HTTP_TRIES) {
            httpRequests.drain();
            overHttp.report("over real HTTP (Tomcat)");
        }
    }

    @Provide
    Arbitrary<MutatedWebhooks.Body> bodies() {
        return MutatedWebhooks.bodies();
    }

    private static void check(Outcomes outcomes, int status, String contentType, String body) {
        outcomes.answered(status);
        assertThat(status / 100).as("status %d: a 2xx or a 4xx, never a 5xx", status).isIn(2, 4);
        JsonNode json = MutatedWebhooks.JSON.readTree(body);
        if (status >= 400) {
            assertThat(contentType).as("a %d is problem details", status).startsWith("application/problem+json");
            assertThat(json.path("type").asString()).as("problem type").isNotBlank();
            assertThat(json.path("title").asString()).as("problem title").isNotBlank();
            return;
        }
        assertThat(status).isEqualTo(202);
        List<UUID> eventIds = new ArrayList<>();
        json.path("eventIds").forEach(id -> eventIds.add(UUID.fromString(id.asString())));
        assertThat(eventIds).hasSize(json.path("accepted").asInt()).isNotEmpty();
        outcomes.accepted(eventIds);
    }
}
