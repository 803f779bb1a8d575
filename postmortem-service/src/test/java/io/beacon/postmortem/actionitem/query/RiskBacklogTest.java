package io.beacon.postmortem.actionitem.query;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.beacon.postmortem.actionitem.query.Rows.NOW;
import static io.beacon.postmortem.actionitem.query.Rows.item;
import static org.assertj.core.api.Assertions.assertThat;

class RiskBacklogTest {

    @Test
    void severityTimesRecurrenceRanksARecurringSev3AboveAOneOffSev2() {
        var oneOffSev2 = item("sev2", "U0A", null, "billing", "SEV2", NOW.plusSeconds(60));
        var recurringSev3 = item("sev3", "U0A", null, "search-api", "SEV3", NOW.plusSeconds(60));
        var sev1 = item("sev1", "U0A", null, "checkout-api", "SEV1", NOW.plusSeconds(60));

        List<RiskBacklog.Entry> ranked = RiskBacklog.rank(List.of(oneOffSev2, recurringSev3, sev1),
                Map.of("billing", 1L, "search-api", 2L, "checkout-api", 3L), NOW);

        assertThat(ranked).extracting(e -> e.item().getActionItemId()).containsExactly("sev1", "sev3", "sev2");
        assertThat(ranked).extracting(RiskBacklog.Entry::score).containsExactly(12, 4, 3);
        assertThat(ranked.get(0).why()).isEqualTo("SEV1, checkout-api had 3 incidents with postmortems");
        assertThat(ranked.get(2).why()).isEqualTo("SEV2, billing had 1 incident with a postmortem");
    }

    @Test
    void overdueBreaksTiesThenTheEarlierDueDate() {
        var later = item("later", "U0A", null, "api", "SEV2", NOW.plusSeconds(7200));
        var sooner = item("sooner", "U0A", null, "api", "SEV2", NOW.plusSeconds(60));
        var overdue = item("overdue", "U0A", null, "api", "SEV2", NOW.minusSeconds(86_400 * 3));

        List<RiskBacklog.Entry> ranked = RiskBacklog.rank(List.of(later, sooner, overdue), Map.of("api", 1L), NOW);

        assertThat(ranked).extracting(e -> e.item().getActionItemId()).containsExactly("overdue", "sooner", "later");
        assertThat(ranked.get(0).why()).endsWith("; overdue by 3 day(s)");
    }

    @Test
    void onlyActiveItemsAndUnknownSeverityWeighsAsSev3() {
        var done = item("done", "U0A", null, "api", "SEV1", NOW.plusSeconds(60));
        done.completed("U0A", NOW, true);
        var unknown = item("unknown", "U0A", null, "api", null, NOW.plusSeconds(60));

        List<RiskBacklog.Entry> ranked = RiskBacklog.rank(List.of(done, unknown), Map.of(), NOW);

        assertThat(ranked).singleElement().satisfies(entry -> {
            assertThat(entry.score()).isEqualTo(2);
            assertThat(entry.why()).isEqualTo("severity unknown, api had 1 incident with a postmortem");
        });
    }
}
