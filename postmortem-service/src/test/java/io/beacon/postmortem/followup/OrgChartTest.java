package io.beacon.postmortem.followup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrgChartTest {

    private final OrgChart chart = OrgFiles.chart("valid.yml");

    @Test
    void theChainAboveClimbsToTheTop() {
        assertThat(chart.chainAbove("U0ALICE")).containsExactly("U0CAROL", "U0DIRECTOR");
        assertThat(chart.chainAbove("U0DIRECTOR")).isEmpty();
        assertThat(chart.chainAbove("U0STRANGER")).isEmpty();
    }

    @Test
    void managingIsTransitive() {
        assertThat(chart.isManagerOf("U0CAROL", "U0ALICE")).isTrue();
        assertThat(chart.isManagerOf("U0DIRECTOR", "U0ALICE")).isTrue();
        assertThat(chart.isManagerOf("U0DAVE", "U0ALICE")).isFalse();
        assertThat(chart.isManagerOf("U0ALICE", "U0ALICE")).isFalse();
        assertThat(chart.isManagerOf("U0ALICE", "U0CAROL")).isFalse();
    }

    @Test
    void reportsAreEveryoneBelowDirectOnesFirst() {
        assertThat(chart.reports("U0DIRECTOR"))
                .containsExactly("U0CAROL", "U0DAVE", "U0ALICE", "U0BOB", "U0ERIN");
        assertThat(chart.reports("U0CAROL")).containsExactly("U0ALICE", "U0BOB");
        assertThat(chart.reports("U0ALICE")).isEmpty();
        assertThat(chart.reports("U0STRANGER")).isEmpty();
    }

    @Test
    void aPersonOutsideTheFileHasNoManagerNorTeam() {
        assertThat(chart.managerOf("U0STRANGER")).isEmpty();
        assertThat(chart.teamOf("U0STRANGER")).isEmpty();
        assertThat(chart.contains("U0STRANGER")).isFalse();
    }
}
