package io.beacon.incident.web.slack.command;

import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.StatusLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlashCommandParserTest {

    private static final String GENERAL = "general";
    private static final String INCIDENT_CHANNEL = "inc-42-checkout-api";

    @Test
    void nothingOrHelpAsksForHelp() {
        assertThat(SlashCommandParser.parse("", GENERAL)).isEqualTo(new SlashCommand.Help());
        assertThat(SlashCommandParser.parse("   ", GENERAL)).isEqualTo(new SlashCommand.Help());
        assertThat(SlashCommandParser.parse(null, GENERAL)).isEqualTo(new SlashCommand.Help());
        assertThat(SlashCommandParser.parse("HELP", GENERAL)).isEqualTo(new SlashCommand.Help());
    }

    @Test
    void declareTakesServiceSeverityAndTheRestAsTitleVerbatim() {
        assertThat(SlashCommandParser.parse("declare checkout-api sev2 Checkout  fails: 50% <!channel>", GENERAL))
                .isEqualTo(new SlashCommand.Declare("checkout-api", IncidentSeverity.SEV2,
                        "Checkout  fails: 50% <!channel>"));
        assertThat(SlashCommandParser.parse("declare search 1 Down", GENERAL))
                .isEqualTo(new SlashCommand.Declare("search", IncidentSeverity.SEV1, "Down"));
    }

    @Test
    void declareWithoutATitleOrWithABadSeverityIsExplained() {
        assertThatThrownBy(() -> SlashCommandParser.parse("declare checkout-api SEV2", GENERAL))
                .isInstanceOf(InvalidSlashCommand.class)
                .hasMessageContaining("what is wrong")
                .satisfies(e -> assertThat(((InvalidSlashCommand) e).usage()).startsWith("/incident declare"));
        assertThatThrownBy(() -> SlashCommandParser.parse("declare checkout-api SEV9 Broken", GENERAL))
                .isInstanceOf(InvalidSlashCommand.class)
                .hasMessageContaining("'SEV9' is not a severity");
    }

    @Test
    void theIncidentComesFromTheTextFirstThenFromTheIncidentChannel() {
        assertThat(SlashCommandParser.parse("ack INC-7", INCIDENT_CHANNEL)).isEqualTo(new SlashCommand.Acknowledge(7));
        assertThat(SlashCommandParser.parse("ack inc7", GENERAL)).isEqualTo(new SlashCommand.Acknowledge(7));
        assertThat(SlashCommandParser.parse("ack 7", GENERAL)).isEqualTo(new SlashCommand.Acknowledge(7));
        assertThat(SlashCommandParser.parse("ack", INCIDENT_CHANNEL)).isEqualTo(new SlashCommand.Acknowledge(42));
        assertThat(SlashCommandParser.parse("acknowledge", "INC-42")).isEqualTo(new SlashCommand.Acknowledge(42));
    }

    @Test
    void withoutAnIncidentOutsideAnIncidentChannelItAsksForINCn() {
        for (String text : new String[]{"ack", "update", "resolve", "reopen", "status investigating x",
                "severity SEV1", "commander <@U123>"}) {
            assertThatThrownBy(() -> SlashCommandParser.parse(text, GENERAL)).as(text)
                    .isInstanceOf(InvalidSlashCommand.class)
                    .hasMessageContaining("Say which incident (INC-n)");
            assertThatThrownBy(() -> SlashCommandParser.parse(text, null)).as(text)
                    .isInstanceOf(InvalidSlashCommand.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<@U0ALICE>", "<@U0ALICE|alice>", "U0ALICE"})
    void commanderAcceptsEscapedMentionsAndMemberIds(String who) {
        assertThat(SlashCommandParser.parse("commander " + who + " INC-3", GENERAL))
                .isEqualTo(new SlashCommand.AssignCommander("U0ALICE", 3));
        assertThat(SlashCommandParser.parse("ic " + who, INCIDENT_CHANNEL))
                .isEqualTo(new SlashCommand.AssignCommander("U0ALICE", 42));
    }

    @Test
    void commanderByUnescapedNameIsExplained() {
        assertThatThrownBy(() -> SlashCommandParser.parse("commander @alice INC-3", GENERAL))
                .isInstanceOf(InvalidSlashCommand.class)
                .hasMessageContaining("I can't tell who '@alice' is");
        assertThatThrownBy(() -> SlashCommandParser.parse("commander", INCIDENT_CHANNEL))
                .isInstanceOf(InvalidSlashCommand.class).hasMessageContaining("Say who");
        assertThatThrownBy(() -> SlashCommandParser.parse("commander <@U1AB> INC-3 extra", GENERAL))
                .isInstanceOf(InvalidSlashCommand.class).hasMessageContaining("'extra'");
    }

    @Test
    void severityTakesAnOptionalIncidentAndReason() {
        assertThat(SlashCommandParser.parse("severity SEV1 INC-5 half of EU is down", GENERAL))
                .isEqualTo(new SlashCommand.ChangeSeverity(IncidentSeverity.SEV1, 5, "half of EU is down"));
        assertThat(SlashCommandParser.parse("sev 3", INCIDENT_CHANNEL))
                .isEqualTo(new SlashCommand.ChangeSeverity(IncidentSeverity.SEV3, 42, null));
        // a reason starting with a number is a reason, not an incident
        assertThat(SlashCommandParser.parse("severity sev2 500 errors", INCIDENT_CHANNEL))
                .isEqualTo(new SlashCommand.ChangeSeverity(IncidentSeverity.SEV2, 42, "500 errors"));
        assertThatThrownBy(() -> SlashCommandParser.parse("severity", INCIDENT_CHANNEL))
                .isInstanceOf(InvalidSlashCommand.class);
        assertThatThrownBy(() -> SlashCommandParser.parse("severity critical", INCIDENT_CHANNEL))
                .isInstanceOf(InvalidSlashCommand.class).hasMessageContaining("'critical' is not a severity");
    }

    @Test
    void statusTakesLabelAndSummary() {
        assertThat(SlashCommandParser.parse("status Identified  Bad deploy 4711, rolling back", INCIDENT_CHANNEL))
                .isEqualTo(new SlashCommand.PostStatus(42, StatusLabel.IDENTIFIED, "Bad deploy 4711, rolling back"));
        assertThat(SlashCommandParser.parse("status INC-9 monitoring 3 regions recovered", INCIDENT_CHANNEL))
                .isEqualTo(new SlashCommand.PostStatus(9, StatusLabel.MONITORING, "3 regions recovered"));
    }

    @Test
    void statusWithoutLabelOrSummaryOrWithAnUnknownLabelIsExplained() {
        assertThatThrownBy(() -> SlashCommandParser.parse("status", INCIDENT_CHANNEL))
                .isInstanceOf(InvalidSlashCommand.class).hasMessageContaining("Say the status");
        assertThatThrownBy(() -> SlashCommandParser.parse("status investigating", INCIDENT_CHANNEL))
                .isInstanceOf(InvalidSlashCommand.class).hasMessageContaining("summary");
        assertThatThrownBy(() -> SlashCommandParser.parse("status fixed all good", INCIDENT_CHANNEL))
                .isInstanceOf(InvalidSlashCommand.class).hasMessageContaining("'fixed' is not a status")
                .satisfies(e -> assertThat(((InvalidSlashCommand) e).usage()).startsWith("/incident status"));
    }

    @Test
    void updateOpensTheForm() {
        assertThat(SlashCommandParser.parse("update INC-8", GENERAL)).isEqualTo(new SlashCommand.OpenUpdateForm(8));
        assertThat(SlashCommandParser.parse("update", INCIDENT_CHANNEL)).isEqualTo(new SlashCommand.OpenUpdateForm(42));
    }

    @Test
    void resolveAndReopenTakeOptionalTexts() {
        assertThat(SlashCommandParser.parse("resolve", INCIDENT_CHANNEL)).isEqualTo(new SlashCommand.Resolve(42, null));
        assertThat(SlashCommandParser.parse("resolve INC-4 rolled back", GENERAL))
                .isEqualTo(new SlashCommand.Resolve(4, "rolled back"));
        assertThat(SlashCommandParser.parse("resolve 3 pods restarted", INCIDENT_CHANNEL))
                .isEqualTo(new SlashCommand.Resolve(42, "3 pods restarted"));
        assertThat(SlashCommandParser.parse("reopen INC-4 errors are back", GENERAL))
                .isEqualTo(new SlashCommand.Reopen(4, "errors are back"));
        assertThat(SlashCommandParser.parse("reopen", INCIDENT_CHANNEL)).isEqualTo(new SlashCommand.Reopen(42, null));
    }

    @Test
    void anUnknownSubCommandPointsToHelp() {
        assertThatThrownBy(() -> SlashCommandParser.parse("escalate INC-4", GENERAL))
                .isInstanceOf(InvalidSlashCommand.class)
                .hasMessage("I don't know the command 'escalate'.")
                .satisfies(e -> assertThat(((InvalidSlashCommand) e).usage()).isEqualTo("/incident help"));
    }

    @Test
    void channelsThatMerelyLookAlikeNameNoIncident() {
        assertThatThrownBy(() -> SlashCommandParser.parse("ack", "incidents")).isInstanceOf(InvalidSlashCommand.class);
        assertThatThrownBy(() -> SlashCommandParser.parse("ack", "inc-x-checkout")).isInstanceOf(InvalidSlashCommand.class);
    }
}
