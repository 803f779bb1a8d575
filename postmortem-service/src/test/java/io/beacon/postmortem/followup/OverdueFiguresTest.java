package io.beacon.postmortem.followup;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OverdueFiguresTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static Instant daysAgo(double days) {
        return NOW.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    private static TrackedItem open(String team, Instant due) {
        return new TrackedItem("U0ALICE", team, due, null, false);
    }

    private static TrackedItem done(String team, Instant due, Instant completedAt) {
        return new TrackedItem("U0ALICE", team, due, completedAt, false);
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleOne() {
        List<TrackedItem> items = List.of(open("payments", daysAgo(1)), open("payments", daysAgo(5)),
                done("payments", daysAgo(10), daysAgo(7)));

        assertThat(OverdueFigures.of(items, NOW).medianDaysLate().getAsDouble()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        List<TrackedItem> items = List.of(open("payments", daysAgo(1)), open("payments", daysAgo(2)),
                open("payments", daysAgo(4)), open("payments", daysAgo(10)));

        assertThat(OverdueFigures.of(items, NOW).medianDaysLate().getAsDouble()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void onTimeLateOverdueAndNotYetDueAreToldApart() {
        List<TrackedItem> items = List.of(
                done("payments", daysAgo(3), daysAgo(4)),        // on time
                done("payments", daysAgo(3), daysAgo(3)),        // on time: completed exactly when due
                done("payments", daysAgo(6), daysAgo(4)),        // two days late
                open("payments", daysAgo(1)),                    // overdue by a day
                open("payments", NOW.plus(Duration.ofDays(3))),  // not yet due: not counted either way
                new TrackedItem("U0BOB", "payments", daysAgo(20), null, true)); // deprioritised

        OverdueFigures figures = OverdueFigures.of(items, NOW);

        assertThat(figures.items()).isEqualTo(6);
        assertThat(figures.completedOnTime()).isEqualTo(2);
        assertThat(figures.completedLate()).isEqualTo(1);
        assertThat(figures.overdue()).isEqualTo(1);
        assertThat(figures.deprioritised()).isEqualTo(1);
        assertThat(figures.shareCompletedOnTime().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(figures.medianDaysLate().getAsDouble()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void nothingSettledYetHasNoShareAndNoMedian() {
        OverdueFigures figures = OverdueFigures.of(List.of(open("search", NOW.plusSeconds(60))), NOW);

        assertThat(figures.shareCompletedOnTime()).isEmpty();
        assertThat(figures.medianDaysLate()).isEmpty();
        assertThat(figures.overdue()).isZero();
    }

    @Test
    void figuresPerTeam() {
        List<TrackedItem> items = List.of(open("payments", daysAgo(2)), done("search", daysAgo(2), daysAgo(3)),
                open(null, daysAgo(1)));

        Map<String, OverdueFigures> perTeam = OverdueFigures.perTeam(items, NOW);

        assertThat(perTeam).containsOnlyKeys("(no team)", "payments", "search");
        assertThat(perTeam.get("payments").overdue()).isEqualTo(1);
        assertThat(perTeam.get("payments").shareCompletedOnTime().getAsDouble()).isZero();
        assertThat(perTeam.get("search").shareCompletedOnTime().getAsDouble()).isEqualTo(1.0);
        assertThat(perTeam.get("search").medianDaysLate()).isEmpty();
    }

    @Test
    void overdueListsOpenItemsPastDueMostOverdueFirst() {
        TrackedItem dayLate = open("payments", daysAgo(1));
        TrackedItem weekLate = open("search", daysAgo(7));
        List<TrackedItem> items = List.of(dayLate, weekLate, open("payments", NOW.plusSeconds(1)),
                done("payments", daysAgo(9), daysAgo(1)), new TrackedItem("U0BOB", "payments", daysAgo(9), null, true));

        assertThat(OverdueFigures.overdue(items, NOW)).containsExactly(weekLate, dayLate);
    }
}
