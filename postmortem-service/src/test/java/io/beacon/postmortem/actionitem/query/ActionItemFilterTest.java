package io.beacon.postmortem.actionitem.query;

import io.beacon.postmortem.actionitem.ActionItemStatus;
import io.beacon.postmortem.followup.OrgChart;
import io.beacon.postmortem.followup.OrgFileReader;
import io.beacon.postmortem.followup.Priority;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.beacon.postmortem.actionitem.query.Rows.NOW;
import static io.beacon.postmortem.actionitem.query.Rows.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionItemFilterTest {

    static final OrgChart chart = new OrgFileReader().read("test", """
            people:
              U0ALICE: { manager: U0CAROL, team: payments }
              U0CAROL: { manager: U0DIRECTOR, team: payments }
              U0ERIN: { manager: U0DAVE, team: search }
              U0DAVE: { manager: U0DIRECTOR, team: search }
              U0DIRECTOR: { team: engineering }
            """);

    final ActionItemViewRow alices = item("a", "U0ALICE", "payments", "checkout-api", "SEV1", NOW.minusSeconds(60));
    final ActionItemViewRow carols = item("c", "U0CAROL", "payments", "checkout-api", "SEV1", NOW.plusSeconds(60));
    final ActionItemViewRow erins = item("e", "U0ERIN", "search", "search-api", "SEV3", NOW.plusSeconds(60));
    final ActionItemViewRow directors = item("d", "U0DIRECTOR", null, "search-api", "SEV3", NOW.minusSeconds(60));
    final List<ActionItemViewRow> all = List.of(alices, carols, erins, directors);

    @Test
    void aManagerSeesEveryoneUnderThemTransitivelyButNotTheirOwnItems() {
        assertThat(keep(filter(null, null, null, "U0DIRECTOR", null, null))).containsExactly(alices, carols, erins);
        assertThat(keep(filter(null, null, null, "U0CAROL", null, null))).containsExactly(alices);
        assertThat(keep(filter(null, null, null, "U0ALICE", null, null))).isEmpty();
    }

    @Test
    void overdueMeansActiveAndPastDue() {
        carols.completed("U0CAROL", NOW, true);
        directors.deprioritised(true, directors.getDueAt(), "fine", "nobody", "U0DIRECTOR", NOW);
        assertThat(keep(filter("true", null, null, null, null, null))).containsExactly(alices);
        assertThat(keep(filter("false", null, null, null, null, null))).containsExactly(carols, erins, directors);
    }

    @Test
    void filtersCombine() {
        erins.started(NOW);
        assertThat(keep(filter(null, "search", null, "U0DIRECTOR", "in_progress", "p2"))).containsExactly(erins);
        assertThat(keep(filter(null, "search", "U0ALICE", null, null, null))).isEmpty();
        assertThat(keep(ActionItemFilter.parse(null, null, null, null, null, null, "postmortem-search-api", chart)))
                .containsExactly(erins, directors);
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        assertThatThrownBy(() -> filter("yes", null, null, "U0NOBODY", "closed", "P4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("overdue must be true or false, not 'yes'; status must be open, in_progress, done or"
                        + " wont_do, not 'closed'; priority must be P1, P2 or P3, not 'P4'; manager 'U0NOBODY' is"
                        + " not in the org file, so nobody is known to report to them");
    }

    @Test
    void valuesAreCaseInsensitive() {
        ActionItemFilter filter = filter("TRUE", null, null, null, "Wont_Do", "p1");
        assertThat(filter.overdue()).isTrue();
        assertThat(filter.status()).isEqualTo(ActionItemStatus.WONT_DO);
        assertThat(filter.priority()).isEqualTo(Priority.P1);
    }

    private static ActionItemFilter filter(String overdue, String team, String owner, String manager, String status,
                                           String priority) {
        return ActionItemFilter.parse(overdue, team, owner, manager, status, priority, null, chart);
    }

    private List<ActionItemViewRow> keep(ActionItemFilter filter) {
        return all.stream().filter(filter.matcher(chart, NOW)).toList();
    }
}
