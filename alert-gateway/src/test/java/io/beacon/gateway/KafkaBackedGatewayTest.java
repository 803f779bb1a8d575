package io.beacon.gateway;

import io.beacon.testkit.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

/**
 * The whole gateway on a random port in front of a real Kafka broker. Every subclass shares this configuration,
 * hence one Spring context for all of them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "beacon.gateway.tokens=" + KafkaBackedGatewayTest.OLD_TOKEN + "," + KafkaBackedGatewayTest.NEW_TOKEN)
abstract class KafkaBackedGatewayTest {

    static final String OLD_TOKEN = "token-being-retired";
    static final String NEW_TOKEN = "token-rolled-out";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TestKafka.register(registry);
    }

    GatewayHttp gateway() {
        return new GatewayHttp(port);
    }

    JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
