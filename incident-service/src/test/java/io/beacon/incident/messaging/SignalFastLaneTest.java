package io.beacon.incident.messaging;

import io.beacon.incident.api.OpenIncidentForSignal;
import io.beacon.incident.it.AlertSignals;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The fast lane opens a poll's new services side by side: under a storm each open waits on the database, and one
 * after another they paged the storm's first incidents seconds late. Commands are a stand-in here: what is checked is
 * how the lane hands them out.
 */
class SignalFastLaneTest {

    static final JsonMapper json = JsonMapper.builder().build();
    final CommandGateway commands = mock(CommandGateway.class);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final RecentlyOpened asked = new RecentlyOpened(Duration.ofSeconds(5), 1_000, System::nanoTime);
    final SignalFastLane lane = new SignalFastLane(commands, json, asked, meters, 4);

    @AfterEach
    void close() {
        lane.close();
    }

    @Test
    void aPollsNewServicesAreOpenedAtTheSameTime() {
        CyclicBarrier allFourAtOnce = new CyclicBarrier(4);
        when(commands.sendAndWait(any())).thenAnswer(call -> {
            allFourAtOnce.await(2, TimeUnit.SECONDS); // opened one after another, the first would wait alone
            return "incident-of-" + ((OpenIncidentForSignal) call.getArgument(0)).service();
        });

        lane.accept(poll("cart-api", "search-api", "cart-api", "login-api", "payments-api"));

        assertThat(count("opened")).as("each service once, all four at once").isEqualTo(4);
        assertThat(count("failed")).isZero();
        assertThat(count("left")).as("the second cart-api signal, asked about already").isEqualTo(1);
    }

    @Test
    void anOpenThatFailsLeavesOnlyItsOwnServiceToTheInOrderIntake() {
        when(commands.sendAndWait(any())).thenAnswer(call -> {
            String service = ((OpenIncidentForSignal) call.getArgument(0)).service();
            if (service.equals("search-api")) {
                throw new IllegalStateException("database away");
            }
            return "incident-of-" + service;
        });

        lane.accept(poll("cart-api", "search-api", "login-api"));

        assertThat(count("opened")).isEqualTo(2);
        assertThat(count("failed")).isEqualTo(1);
        assertThat(asked.shouldAsk("search-api")).as("asked again at its next signal").isTrue();
        assertThat(asked.shouldAsk("cart-api")).isFalse();
    }

    private double count(String outcome) {
        return meters.counter(SignalFastLane.METRIC, "outcome", outcome).count();
    }

    /** A poll of one firing signal per service named, keyed by service as the gateway keys them. */
    private static Message<List<byte[]>> poll(String... services) {
        List<byte[]> values = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < services.length; i++) {
            values.add(json.writeValueAsBytes(AlertSignals.firing(services[i], "Burn" + i, "%016x".formatted(i))));
            keys.add(services[i]);
        }
        return MessageBuilder.withPayload(values).setHeader(KafkaHeaders.RECEIVED_KEY, keys).build();
    }
}
