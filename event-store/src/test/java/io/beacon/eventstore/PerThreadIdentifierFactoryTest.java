package io.beacon.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class PerThreadIdentifierFactoryTest {

    @Test
    void axonFindsItThroughTheServiceLoader() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(PerThreadIdentifierFactory.class);
    }

    @Test
    void identifiersAreRandomVersion4UuidsInTheirUsualForm() {
        String identifier = IdentifierFactory.getInstance().generateIdentifier();
        UUID parsed = UUID.fromString(identifier);
        assertThat(parsed.version()).isEqualTo(4);
        assertThat(parsed.variant()).isEqualTo(2);
        assertThat(parsed.toString()).isEqualTo(identifier);
    }

    @Test
    void manyThreadsTogetherNeverDrawTheSameIdentifier() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 200_000).parallel()
                .forEach(i -> assertThat(seen.add(IdentifierFactory.getInstance().generateIdentifier())).isTrue());
        assertThat(seen).hasSize(200_000);
    }
}
