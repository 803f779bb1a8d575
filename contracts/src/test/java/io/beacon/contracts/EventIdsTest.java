package io.beacon.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void idsAreRandomVersion4UuidsInTheirUsualForm() {
        UUID id = EventIds.random();
        assertThat(id.version()).isEqualTo(4);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void manyThreadsTogetherNeverDrawTheSameId() {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 200_000).parallel().forEach(i -> assertThat(seen.add(EventIds.random())).isTrue());
        assertThat(seen).hasSize(200_000);
    }
}
