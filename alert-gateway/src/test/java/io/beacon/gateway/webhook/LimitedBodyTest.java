package io.beacon.gateway.webhook;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitedBodyTest {

    private static final int LIMIT = 1_000;
    private static final long UNDECLARED = -1;

    @Test
    void readsABodyOfExactlyTheLimit() throws IOException {
        LimitedBody body = LimitedBody.of(new ByteArrayInputStream(new byte[LIMIT]), UNDECLARED, LIMIT);

        assertThat(body.readAllBytes()).hasSize(LIMIT);
        assertThat(body.exceeded()).isFalse();
    }

    @Test
    void refusesOneByteMoreEvenWhenNoLengthWasDeclared() {
        LimitedBody body = LimitedBody.of(new ByteArrayInputStream(new byte[LIMIT + 1]), UNDECLARED, LIMIT);

        assertThatThrownBy(body::readAllBytes).isInstanceOf(LimitedBody.BodyTooLarge.class);
        assertThat(body.exceeded()).isTrue();
    }

    @Test
    void refusesABodyWhoseDeclaredLengthUnderstatesIt() {
        LimitedBody body = LimitedBody.of(new ByteArrayInputStream(new byte[LIMIT + 1]), 10, LIMIT);

        assertThatThrownBy(body::readAllBytes).isInstanceOf(LimitedBody.BodyTooLarge.class);
    }

    @Test
    void countsSingleBytesToo() throws IOException {
        LimitedBody body = LimitedBody.of(new ByteArrayInputStream(new byte[LIMIT + 1]), UNDECLARED, LIMIT);
        for (int i = 0; i < LIMIT; i++) {
            body.read();
        }

        assertThatThrownBy(body::read).isInstanceOf(LimitedBody.BodyTooLarge.class);
    }

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutReading() {
        var body = new ByteArrayInputStream(new byte[10]);

        assertThatThrownBy(() -> LimitedBody.of(body, LIMIT + 1L, LIMIT)).isInstanceOf(PayloadTooLargeException.class);
        assertThat(body.available()).isEqualTo(10);
    }
}
