package io.beacon.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
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
}
