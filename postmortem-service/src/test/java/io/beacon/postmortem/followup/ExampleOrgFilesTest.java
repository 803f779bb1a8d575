package io.beacon.postmortem.followup;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The org files README points users at are read as the service reads BEACON_ORG_FILE, so they stay valid. */
class ExampleOrgFilesTest {

    static final Path EXAMPLES = Path.of("..", "deploy", "examples");

    @Test
    void theExampleOrgFileIsValidAndMatchesTheOnCallExamplesPeople() throws IOException {
        OrgChart chart = read("org.yml");

        assertThat(chart.people()).contains("U0ALICE", "bob@example.com", "U0CAROL", "U0DAVE");
        assertThat(chart.chainAbove("U0ALICE")).containsExactly("U0LEAD", "U0DIRECTOR");
        assertThat(chart.settings()).isEqualTo(FollowUpSettings.DEFAULTS);
        assertThat(chart.dueOffsets()).isEqualTo(PriorityDueOffsets.DEFAULTS);
    }

    @Test
    void theTrialOrgFileHasTheSamePeopleWithShortDurations() throws IOException {
        OrgChart trial = read("org-trial.yml");

        assertThat(trial.people()).containsExactlyElementsOf(read("org.yml").people());
        assertThat(trial.settings().publishWithin()).isLessThanOrEqualTo(java.time.Duration.ofMinutes(5));
    }

    private static OrgChart read(String name) throws IOException {
        Path file = EXAMPLES.resolve(name);
        return new OrgFileReader().read(file.toString(), Files.readString(file));
    }
}
