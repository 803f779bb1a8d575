package io.beacon.postmortem.actionitem.query;

import org.junit.jupiter.api.Test;

import static io.beacon.postmortem.actionitem.query.Rows.NOW;
import static io.beacon.postmortem.actionitem.query.Rows.due;
import static org.assertj.core.api.Assertions.assertThat;

class ItemFateTest {

    @Test
    void doneDeprioritisedOpenAndOverdue() {
        var done = due("done", -5);
        done.completed("U0ALICE", NOW.minusSeconds(86_400 * 6), true);
        var wontDo = due("wont", 5);
        wontDo.deprioritised(true, wontDo.getDueAt(), "Replaced by the new queue", "U0CAROL", "U0CAROL", NOW);
        var later = due("later", 40);
        later.deprioritised(false, later.getDueAt(), "Next quarter", "U0CAROL", "U0CAROL", NOW);
        var open = due("open", 5);
        var overdue = due("overdue", -3);

        assertThat(ItemFate.of(done, NOW).fate()).isEqualTo(ItemFate.Fate.DONE);
        assertThat(ItemFate.of(done, NOW).completedAt()).isEqualTo(NOW.minusSeconds(86_400 * 6));
        ItemFate dropped = ItemFate.of(wontDo, NOW);
        assertThat(dropped.fate()).isEqualTo(ItemFate.Fate.DEPRIORITISED);
        assertThat(dropped.wontDo()).isTrue();
        assertThat(dropped.approvedBy()).isEqualTo("U0CAROL");
        assertThat(dropped.riskAcceptance()).isEqualTo("Replaced by the new queue");
        assertThat(ItemFate.of(later, NOW).fate()).isEqualTo(ItemFate.Fate.DEPRIORITISED);
        assertThat(ItemFate.of(later, NOW).wontDo()).isFalse();
        assertThat(ItemFate.of(open, NOW).fate()).isEqualTo(ItemFate.Fate.OPEN);
        assertThat(ItemFate.of(overdue, NOW).fate()).isEqualTo(ItemFate.Fate.OVERDUE);
        assertThat(ItemFate.of(overdue, NOW).daysOverdue()).isEqualTo(3);
    }

    @Test
    void reopeningAWontDoItemDropsItsAcceptedRisk() {
        var wontDo = due("wont", 5);
        wontDo.deprioritised(true, wontDo.getDueAt(), "Replaced", "U0CAROL", "U0CAROL", NOW);
        wontDo.reopened(wontDo.getDueAt());

        assertThat(ItemFate.of(wontDo, NOW).fate()).isEqualTo(ItemFate.Fate.OPEN);
        assertThat(ItemFate.of(wontDo, NOW).approvedBy()).isNull();
    }
}
