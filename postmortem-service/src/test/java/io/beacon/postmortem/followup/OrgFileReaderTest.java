package io.beacon.postmortem.followup;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OrgFileReaderTest {

    @Test
    void aValidFileGivesPeopleSettingsAndOffsets() {
        OrgChart chart = OrgFiles.chart("valid.yml");

        assertThat(chart.people()).containsExactly("U0ALICE", "U0BOB", "U0CAROL", "U0DAVE", "U0ERIN", "U0DIRECTOR");
        assertThat(chart.managerOf("U0ALICE")).contains("U0CAROL");
        assertThat(chart.teamOf("U0DAVE")).contains("search");
        assertThat(chart.settings()).isEqualTo(new FollowUpSettings(Duration.ofDays(1), Duration.ofDays(2),
                Duration.ofDays(2), Duration.ofHours(72)));
        assertThat(chart.dueOffsets().offsetFor(Priority.P2)).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void secondsLongDurationsWork() {
        OrgChart chart = OrgFiles.chart("fast.yml");

        assertThat(chart.settings()).isEqualTo(new FollowUpSettings(Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(30)));
        assertThat(chart.dueOffsets().offsetFor(Priority.P1)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void followUpAndPrioritiesDefaultWhenLeftOut() {
        OrgChart chart = OrgFiles.chart("people-only.yml");

        assertThat(chart.settings()).isEqualTo(FollowUpSettings.DEFAULTS);
        assertThat(chart.dueOffsets()).isEqualTo(PriorityDueOffsets.DEFAULTS);
        assertThat(chart.dueOffsets().offsetFor(Priority.P3)).isEqualTo(Duration.ofDays(90));
        assertThat(chart.managerOf("U0CAROL")).isEmpty();
        assertThat(chart.teamOf("U0ALICE")).isEmpty();
    }

    @Test
    void unknownKeysAreNamedWhereverTheyAre() {
        assertThat(problems("unknown-keys.yml")).containsExactlyInAnyOrder(
                "owners: unknown key (expected one of follow-up, people, priorities)",
                "people.U0ALICE.boss: unknown key (expected one of manager, team)",
                "follow-up.remind-after-due: unknown key (expected one of escalate-every, grace-after-due,"
                        + " publish-within, remind-before-due)",
                "priorities.P4: unknown key (expected one of P1, P2, P3)");
    }

    @Test
    void aManagerMustBeAPersonInTheFile() {
        assertThat(problems("unknown-manager.yml")).containsExactly(
                "people.U0ALICE.manager 'U0CAROL' is not a person in this file: add them under people");
    }

    @Test
    void loopsInTheManagementChainAreNamedOnceEach() {
        assertThat(problems("cycle.yml")).containsExactly(
                "the management chain loops: U0ALICE -> U0CAROL -> U0DIRECTOR -> U0ALICE; it must end at someone"
                        + " without a manager",
                "people.U0SELF manages themselves: the management chain must end at someone without a manager");
    }

    @Test
    void badZeroAndNegativeDurationsAreRefused() {
        assertThat(problems("bad-durations.yml")).containsExactly(
                "follow-up.remind-before-due: '1 day' is not an ISO-8601 duration such as P1D, PT12H or PT5S"
                        + " (months and years have no fixed length)",
                "follow-up.grace-after-due: 'PT0S' must be longer than zero",
                "follow-up.escalate-every: '-P1D' must be longer than zero",
                "follow-up.publish-within: 'P1M' is not an ISO-8601 duration such as P1D, PT12H or PT5S"
                        + " (months and years have no fixed length)",
                "priorities: a more urgent priority must not get longer than a less urgent one (P1 <= P2 <= P3)");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidOrgFile invalid = catchThrowableOfType(InvalidOrgFile.class,
                () -> OrgFiles.chart("everything-wrong.yml"));

        assertThat(invalid.problems()).containsExactlyInAnyOrder(
                "colour: unknown key (expected one of follow-up, people, priorities)",
                "people.U0ALICE.role: unknown key (expected one of manager, team)",
                "people.not-a-user: 'not-a-user' is neither a Slack user id (U0123ABC) nor an email",
                "people.U0ALICE.manager 'U0CAROL' is not a person in this file: add them under people",
                "people.U0ERIN.manager 'U0NOBODY' is not a person in this file: add them under people",
                "people.U0BOB manages themselves: the management chain must end at someone without a manager",
                "follow-up.remind-before-due: 'soon' is not an ISO-8601 duration such as P1D, PT12H or PT5S"
                        + " (months and years have no fixed length)",
                "follow-up.grace-after-due: 'PT0S' must be longer than zero",
                "priorities.P0: unknown key (expected one of P1, P2, P3)");
        assertThat(invalid).hasMessageStartingWith("Org file everything-wrong.yml is invalid:\n  - ");
    }

    @Test
    void textThatIsNotYamlIsRefusedWithItsLine() {
        assertThat(problems("not-yaml.yml")).singleElement().asString().startsWith("not valid YAML: ")
                .contains("line ");
    }

    @Test
    void aPersonListedTwiceIsRefused() {
        assertThat(problems("duplicate.yml")).singleElement().asString().contains("duplicate key U0ALICE");
    }

    @Test
    void anEmptyFileNeedsPeople() {
        assertThat(catchThrowableOfType(InvalidOrgFile.class, () -> new OrgFileReader().read("empty.yml", ""))
                .problems()).containsExactly("expected a mapping with people, follow-up and priorities");
        assertThat(catchThrowableOfType(InvalidOrgFile.class, () -> new OrgFileReader().read("x.yml", "people: {}"))
                .problems()).containsExactly(
                "people is missing or empty: map each Slack user id to { manager: <user id>, team: <name> }");
    }

    private static java.util.List<String> problems(String name) {
        return catchThrowableOfType(InvalidOrgFile.class, () -> OrgFiles.chart(name)).problems();
    }
}
