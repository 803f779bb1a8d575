package io.beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineFloodTest {

    private static final Instant T = Instant.parse("2026-11-24T04:00:00Z");

    @Test
    void theDensestMinuteCountsTheMostDueTimesWithinAnySixtySeconds() {
        List<Instant> due = List.of(T, T.plusSeconds(10), T.plusSeconds(59), T.plusSeconds(60), T.plusSeconds(61),
                T.plusSeconds(62), T.plusSeconds(200));
        // [10 s, 62 s] holds five; [0, 59 s] three; a due time 60 s after another is in the next minute
        assertThat(DeadlineFlood.densestMinute(due)).isEqualTo(5);
        assertThat(DeadlineFlood.densestMinute(List.of(T, T.plusSeconds(30), T.plusSeconds(60)))).isEqualTo(2);
    }

    @Test
    void noneOrOneDueTime() {
        assertThat(DeadlineFlood.densestMinute(List.of())).isZero();
        assertThat(DeadlineFlood.densestMinute(List.of(T))).isEqualTo(1);
    }
}
