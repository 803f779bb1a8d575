package io.beacon.incident.web.slack;

import com.slack.api.Slack;
import io.beacon.incident.api.AcknowledgeIncident;
import io.beacon.incident.incident.IncidentRules;
import io.beacon.incident.query.IncidentSummaryRepository;
import io.beacon.slack.SlackWebApi;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import static io.beacon.incident.web.slack.SlackSignatures.SECRET;
import static io.beacon.incident.web.slack.SlackSignatures.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The signature is checked over the bytes Slack sent, through a real servlet container: a body whose encoding differs
 * from what re-encoding the parsed form would give ({@code %2A}, {@code +}) must still verify.
 */
@SpringBootTest(classes = SlackInteractionsOverHttpTest.Web.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "beacon.slack.signing-secret=" + SECRET)
class SlackInteractionsOverHttpTest {

    // what Slack sends: '*' percent-encoded, spaces as '+'
    private static final String BODY = "payload=%7B%22type%22%3A%22block_actions%22%2C%22user%22%3A%7B%22id%22%3A"
            + "%22U0ALICE%22%2C%22name%22%3A%22alice+%2A%22%7D%2C%22actions%22%3A%5B%7B%22action_id%22%3A"
            + "%22incident_acknowledge%22%2C%22value%22%3A%22inc-7f3a%22%7D%5D%7D";

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
            JacksonAutoConfiguration.class, HttpEncodingAutoConfiguration.class})
    @Import({SlackWebConfiguration.class, SlackInteractionsController.class})
    static class Web {
        @Bean
        CommandGateway commandGateway() {
            return mock(CommandGateway.class);
        }

        // what the other Slack actions need; the acknowledge click tested here uses none of them
        @Bean
        IncidentSummaryRepository incidentSummaryRepository() {
            return mock(IncidentSummaryRepository.class);
        }

        @Bean
        IncidentRules incidentRules() {
            return IncidentRules.DEFAULTS;
        }

        @Bean(destroyMethod = "close")
        Slack slack() {
            return SlackWebApi.connect("http://127.0.0.1:9/api/");
        }
    }

    @Test
    void aClickSignedOverTheRawBodyIsVerified() throws Exception {
        reset(commands);
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> response = post(BODY, now, sign(SECRET, now, BODY));

        assertThat(response.statusCode()).isEqualTo(200);
        verify(commands).sendAndWait(new AcknowledgeIncident("inc-7f3a", "U0ALICE"));
    }

    @Test
    void aForgedClickGetsProblemDetails() throws Exception {
        reset(commands);
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> response = post(BODY, now, sign("guessed", now, BODY));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401").contains("the signature does not match");
        verifyNoInteractions(commands);
    }

    private HttpResponse<String> post(String body, long timestamp, String signature) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/interactions"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                    .header("X-Slack-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
