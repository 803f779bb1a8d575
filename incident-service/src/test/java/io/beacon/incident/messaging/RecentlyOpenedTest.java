package io.beacon.incident.messaging;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RecentlyOpenedTest {

    final AtomicLong now = new AtomicLong(1_000);
    final RecentlyOpened asked = new RecentlyOpened(Duration.ofSeconds(5), 3, now::get);

    @Test
    void aServiceIsAskedAboutOnceAWhile() {
        assertThat(asked.shouldAsk("checkout-api")).isTrue();
        assertThat(asked.shouldAsk("checkout-api")).isFalse();
        assertThat(asked.shouldAsk("cart-api")).as("another service").isTrue();

        now.addAndGet(Duration.ofSeconds(5).toNanos() - 1);
        assertThat(asked.shouldAsk("checkout-api")).isFalse();
        now.addAndGet(1);
        assertThat(asked.shouldAsk("checkout-api")).as("the while is over").isTrue();
        assertThat(asked.shouldAsk("checkout-api")).isFalse();
    }

    @Test
    void aFailedQuestionIsAskedAgainAtTheNextSignal() {
        asked.shouldAsk("checkout-api");
        asked.forget("checkout-api");

        assertThat(asked.shouldAsk("checkout-api")).isTrue();
    }

    @Test
    void moreServicesThanTheBoundStartAgainRatherThanGrow() {
        asked.shouldAsk("a");
        asked.shouldAsk("b");
        asked.shouldAsk("c");

        assertThat(asked.shouldAsk("d")).isTrue();
        assertThat(asked.shouldAsk("a")).as("forgotten when the bound was reached").isTrue();
    }

    @Test
    void lookingWhetherAServiceWasAskedLatelyAsksNothingAndRemembersNothing() {
        assertThat(asked.askedLately("checkout-api")).isFalse();
        assertThat(asked.shouldAsk("checkout-api")).as("looking did not count as asking").isTrue();
        assertThat(asked.askedLately("checkout-api")).isTrue();

        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(asked.askedLately("checkout-api")).as("the while is over").isFalse();
        assertThat(asked.shouldAsk("checkout-api")).isTrue();
    }
}
