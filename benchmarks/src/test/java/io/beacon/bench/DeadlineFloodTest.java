package io.beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

    @Test
    void tenThousandServicesSentOverMinutesArePlannedToFallDueWithinOneMinute() {
        List<String> services = Benchmark.services("b1", "dl", 10_000);
        DeadlineFlood.Plan plan = DeadlineFlood.plan(services, Duration.ofSeconds(60));

        assertThat(plan.groups()).hasSize(DeadlineFlood.GROUPS).allSatisfy(g -> assertThat(g).hasSize(200));
        assertThat(plan.services()).isEqualTo(services);
        assertThat(plan.afters()).allSatisfy(a -> assertThat(a).isGreaterThanOrEqualTo(Duration.ofSeconds(60)))
                .contains(Duration.ofSeconds(60));
        // each service due at (sent + its team's wait), if it opens as it is sent: all within the planned spread
        List<Instant> due = dueIfOpenedWhenSent(plan);
        Duration spread = Duration.between(due.getFirst(), due.getLast());
        assertThat(spread.toMillis()).isCloseTo(plan.plannedSpread().toMillis(), org.assertj.core.api.Assertions.within(2L)).isLessThanOrEqualTo(55_000);
        assertThat(DeadlineFlood.densestMinute(due)).isEqualTo(10_000);
        // sent over 143 s: without the teams' different waits they would fall due over as long
        assertThat(plan.longestAfter()).isGreaterThan(Duration.ofSeconds(140));
    }

    @Test
    void theLastTeamSentWaitsTheLeast() {
        DeadlineFlood.Plan plan = DeadlineFlood.plan(Benchmark.services("b1", "dl", 300), Duration.ofSeconds(15));

        // 30 webhooks of 10 sent over 4.3 s, due within 1.5 s: one team per webhook, each waiting less than the last
        assertThat(plan.groups()).hasSize(30);
        assertThat(plan.afters().getLast()).isEqualTo(Duration.ofSeconds(15));
        assertThat(plan.afters()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<Instant> due = dueIfOpenedWhenSent(plan);
        assertThat(Duration.between(due.getFirst(), due.getLast()).toMillis())
                .isCloseTo(plan.plannedSpread().toMillis(), org.assertj.core.api.Assertions.within(2L)).isLessThanOrEqualTo(1500);
    }

    private static List<Instant> dueIfOpenedWhenSent(DeadlineFlood.Plan plan) {
        var after = plan.afterByService();
        List<String> services = plan.services();
        return java.util.stream.IntStream.range(0, services.size())
                .mapToObj(i -> T.plusNanos(1_000_000_000L * (i / Sizes.ALERTS_PER_WEBHOOK)
                        * Sizes.ALERTS_PER_WEBHOOK / DeadlineFlood.SENT_PER_SECOND)
                        .plus(after.get(services.get(i))))
                .sorted().toList();
    }
}
