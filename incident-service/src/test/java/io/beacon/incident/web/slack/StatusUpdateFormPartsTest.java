package io.beacon.incident.web.slack;

import io.beacon.incident.api.StatusLabel;
import io.beacon.incident.incident.IncidentRules;
import io.beacon.incident.notification.slack.SlackPageRenderer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's choices follow the configured rules, and what comes back is checked field by field. */
class StatusUpdateFormPartsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theUsualIntervalsWithTheCadencePreselected() {
        UpdateIntervals intervals = UpdateIntervals.of(IncidentRules.DEFAULTS);

        assertThat(intervals.choices()).extracting(UpdateIntervals::label)
                .containsExactly("5 minutes", "15 minutes", "30 minutes", "1 hour", "2 hours", "4 hours");
        assertThat(intervals.preselected()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void oneMinuteOnlyWhenTheRulesAllowItAndTheCadenceAlwaysOffered() {
        IncidentRules drill = new IncidentRules(Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ofHours(24));

        UpdateIntervals intervals = UpdateIntervals.of(drill);

        assertThat(intervals.choices()).extracting(UpdateIntervals::label)
                .containsExactly("1 minute", "2 minutes", "5 minutes", "15 minutes", "30 minutes", "1 hour");
        assertThat(intervals.parse("PT2M")).contains(Duration.ofMinutes(2));
        assertThat(intervals.parse("PT4H")).isEmpty();
        assertThat(intervals.parse("soon")).isEmpty();
    }

    @Test
    void theModalCarriesTheIncidentIdAndPreselectsTheCurrentStatus() {
        SlackIncident incident = new SlackIncident("0f8a-id", "INC-7", "Checkout <!channel>", null);

        JsonNode view = JSON.readTree(StatusUpdateModal.view(incident, StatusLabel.IDENTIFIED,
                UpdateIntervals.of(IncidentRules.DEFAULTS)));

        assertThat(view.get("private_metadata").asString()).isEqualTo("0f8a-id");
        assertThat(view.get("callback_id").asString()).isEqualTo(SlackActionIds.STATUS_UPDATE_CALLBACK_ID);
        assertThat(view.toString()).doesNotContain("mrkdwn");
        JsonNode status = view.get("blocks").get(1);
        assertThat(status.get("block_id").asString()).isEqualTo(StatusUpdateModal.STATUS);
        assertThat(status.at("/element/initial_option/value").asString()).isEqualTo("IDENTIFIED");
        assertThat(view.get("blocks").get(5).at("/element/initial_option/value").asString()).isEqualTo("PT30M");
    }

    @Test
    void eachProblemOfASubmissionIsReportedUnderItsField() {
        JsonNode payload = JSON.readTree("""
                {"type":"view_submission","user":{"id":"U1"},"view":{"private_metadata":"id-1","state":{"values":{
                 "summary":{"summary":{"value":"%s"}},
                 "next_update":{"next_update":{"selected_option":{"value":"PT3M"}}}}}}}
                """.formatted("x".repeat(501)));

        StatusUpdateSubmission submission = StatusUpdateSubmission.of(payload, UpdateIntervals.of(IncidentRules.DEFAULTS));

        assertThat(submission.errors()).containsOnlyKeys(StatusUpdateModal.STATUS, StatusUpdateModal.SUMMARY,
                StatusUpdateModal.NEXT_UPDATE);
    }

    @Test
    void theAcknowledgeButtonIdIsThePagesOwn() {
        assertThat(SlackActionIds.ACKNOWLEDGE).isEqualTo(SlackPageRenderer.ACKNOWLEDGE_ACTION_ID);
    }
}
