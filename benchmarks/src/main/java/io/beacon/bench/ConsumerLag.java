package io.beacon.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How far incident-service's consumer group is behind on {@code beacon.alert-signals.v1}: the backlog a scenario
 * leaves for the next one, or an earlier run leaves in the broker's data for this one.
 */
final class ConsumerLag implements AutoCloseable {

    static final String TOPIC = "beacon.alert-signals.v1";
    static final String GROUP = "incident-service";
    private final Admin admin;

    ConsumerLag(String bootstrap) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** Records on the topic not yet committed by the group (all of them if the group has committed nothing). */
    long records() throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get();
        var partitions = admin.describeTopics(java.util.List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()
                .stream().map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()))).all().get();
        long lag = 0;
        for (TopicPartition p : partitions) {
            OffsetAndMetadata at = committed.get(p);
            lag += ends.get(p).offset() - (at == null ? 0 : at.offset());
        }
        return lag;
    }

    /** Waits until the group has caught up; the records still behind when the timeout passed (0: caught up). */
    long awaitCaughtUp(Duration timeout) throws InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        long lag = -1;
        while (Instant.now().isBefore(giveUp)) {
            try {
                lag = records();
            } catch (ExecutionException e) {
                lag = -1; // topic not there yet: nothing has been sent
                return 0;
            }
            if (lag <= 0) {
                return 0;
            }
            Thread.sleep(500);
        }
        return lag;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
