package io.beacon.gateway.webhook;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookBodyReaderTest {

    private static final int LIMIT = WebhookBodyReader.MAX_BODY_BYTES;
    private static final long UNDECLARED = -1;
    private final WebhookBodyReader reader = new WebhookBodyReader();

    @Test
    void readsABodyOfExactlyTheLimit() throws IOException {
        assertThat(reader.read(new ByteArrayInputStream(new byte[LIMIT]), UNDECLARED)).hasSize(LIMIT);
    }

    @Test
    void refusesOneByteMoreEvenWhenNoLengthWasDeclared() {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[LIMIT + 1]), UNDECLARED))
                .isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void refusesABodyWhoseDeclaredLengthUnderstatesIt() {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[LIMIT + 1]), 10))
                .isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutReading() {
        var body = new ByteArrayInputStream(new byte[10]);

        assertThatThrownBy(() -> reader.read(body, LIMIT + 1L)).isInstanceOf(PayloadTooLargeException.class);
        assertThat(body.available()).isEqualTo(10);
    }
}
