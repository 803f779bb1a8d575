package io.beacon.incident.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RotationTest {

    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
    private final Rotation weekly = new Rotation(START, Duration.ofDays(7), List.of("U0ALICE", "U0BOB", "U0CAROL"));

    @Test
    void theFirstResponderIsOnCallBeforeTheRotationStarts() {
        assertThat(weekly.responderAt(START.minusSeconds(1))).isEqualTo("U0ALICE");
        assertThat(weekly.responderAt(START.minus(Duration.ofDays(30)))).isEqualTo("U0ALICE");
    }

    @Test
    void theFirstTurnRunsFromTheStartUntilJustBeforeOneLengthLater() {
        assertThat(weekly.responderAt(START)).isEqualTo("U0ALICE");
        assertThat(weekly.responderAt(START.plus(Duration.ofDays(7)).minusNanos(1))).isEqualTo("U0ALICE");
    }

    @Test
    void theNextResponderTakesOverExactlyAtTheHandover() {
        assertThat(weekly.responderAt(START.plus(Duration.ofDays(7)))).isEqualTo("U0BOB");
        assertThat(weekly.responderAt(START.plus(Duration.ofDays(14)))).isEqualTo("U0CAROL");
    }

    @Test
    void afterTheLastResponderTheRotationWrapsAround() {
        assertThat(weekly.responderAt(START.plus(Duration.ofDays(21)))).isEqualTo("U0ALICE");
        assertThat(weekly.responderAt(START.plus(Duration.ofDays(7 * 301 + 3)))).isEqualTo("U0BOB");
    }

    @Test
    void halfDayTurnsHandOverAtTwelveHours() {
        Rotation twelveHours = new Rotation(START, Duration.ofHours(12), List.of("U0ALICE", "U0BOB"));

        assertThat(twelveHours.responderAt(START.plus(Duration.ofHours(11)))).isEqualTo("U0ALICE");
        assertThat(twelveHours.responderAt(START.plus(Duration.ofHours(12)))).isEqualTo("U0BOB");
        assertThat(twelveHours.responderAt(START.plus(Duration.ofHours(24)))).isEqualTo("U0ALICE");
    }

    @Test
    void aSingleResponderIsAlwaysOnCall() {
        Rotation alone = new Rotation(START, Duration.ofDays(1), List.of("U0ALICE"));

        assertThat(alone.responderAt(START.plus(Duration.ofDays(9999)))).isEqualTo("U0ALICE");
    }

    @Test
    void aRotationNeedsResponders() {
        assertThatThrownBy(() -> new Rotation(START, Duration.ofDays(1), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
