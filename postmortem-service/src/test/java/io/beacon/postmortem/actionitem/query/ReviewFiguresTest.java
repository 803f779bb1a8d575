package io.beacon.postmortem.actionitem.query;

import io.beacon.postmortem.followup.OrgChart;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.beacon.postmortem.actionitem.query.Rows.NOW;
import static io.beacon.postmortem.actionitem.query.Rows.item;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewFiguresTest {

    @Test
    void itemsWithoutATeamAreUnassignedAndEachTeamHasItsOwnShare() {
        var onTime = item("on-time", "U0A", "payments", "api", "SEV1", NOW.minusSeconds(86_400));
        onTime.completed("U0A", NOW.minusSeconds(86_400 * 2), true);
        var overdue = item("overdue", "U0A", "payments", "api", "SEV1", NOW.minusSeconds(86_400 * 2));
        var noTeam = item("no-team", "U0X", null, "api", "SEV1", NOW.minusSeconds(86_400 * 4));

        ReviewFigures figures = ReviewFigures.of(List.of(onTime, overdue, noTeam), List.of(), OrgChart.empty(), NOW);

        assertThat(figures.teams()).containsOnlyKeys("payments", ReviewFigures.UNASSIGNED);
        var payments = figures.teams().get("payments").actionItems();
        assertThat(payments.shareCompletedOnTime()).isEqualTo(0.5);
        assertThat(payments.overdue()).isEqualTo(1);
        assertThat(payments.medianDaysLate()).isEqualTo(2.0);
        assertThat(figures.overall().actionItems().overdue()).isEqualTo(2);
        assertThat(figures.overall().actionItems().medianDaysLate()).isEqualTo(3.0);
        assertThat(figures.overall().postmortems().sharePublishedOnTime()).isNull();
    }
}
