package io.beacon.incident.web.slack;

import io.beacon.incident.api.AcknowledgeIncident;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.beacon.incident.web.slack.SlackSignatures.SECRET;
import static io.beacon.incident.web.slack.SlackSignatures.sign;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SlackInteractionsControllerTest {

    private static final long NOW = 1_795_000_000L;
    private final CommandGateway commands = mock(CommandGateway.class);
    private final MockMvc mvc = mvc(SECRET);

    @Test
    void aVerifiedAcknowledgeClickAcknowledgesTheIncidentAsTheClicker() throws Exception {
        String body = form(blockAction("incident_acknowledge", "inc-7f3a", "U0ALICE"));

        send(body, NOW, sign(SECRET, NOW, body)).andExpect(status().isOk());

        verify(commands).sendAndWait(new AcknowledgeIncident("inc-7f3a", "U0ALICE"));
    }

    @Test
    void aTamperedClickIsRefusedWithProblemDetailsBeforeAnythingIsSent() throws Exception {
        String body = form(blockAction("incident_acknowledge", "inc-7f3a", "U0ALICE"));
        String tampered = body.replace("U0ALICE", "U0MALLORY");

        send(tampered, NOW, sign(SECRET, NOW, body))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("the signature does not match"));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void anUnsignedClickIsRefused() throws Exception {
        String body = form(blockAction("incident_acknowledge", "inc-7f3a", "U0ALICE"));

        mvc.perform(post("/slack/interactions").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
                .andExpect(status().isUnauthorized());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aReplayedClickIsRefused() throws Exception {
        String body = form(blockAction("incident_acknowledge", "inc-7f3a", "U0ALICE"));
        long then = NOW - 600;

        send(body, then, sign(SECRET, then, body)).andExpect(status().isUnauthorized());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void withoutASigningSecretEveryClickIsRefused() throws Exception {
        String body = form(blockAction("incident_acknowledge", "inc-7f3a", "U0ALICE"));

        perform(mvc(""), body, NOW, sign("guessed-secret", NOW, body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("no Slack signing secret is configured"));
    }

    @Test
    void anUnknownActionIsIgnored() throws Exception {
        String body = form(blockAction("something_else", "x", "U0ALICE"));

        send(body, NOW, sign(SECRET, NOW, body)).andExpect(status().isOk());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void otherInteractionTypesAreIgnored() throws Exception {
        String body = form("{\"type\":\"view_submission\",\"user\":{\"id\":\"U0ALICE\"}}");

        send(body, NOW, sign(SECRET, NOW, body)).andExpect(status().isOk());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aClickForAnUnknownIncidentAnswersWithoutAnErrorDialog() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new AggregateNotFoundException("inc-gone", "no such incident"));
        String body = form(blockAction("incident_acknowledge", "inc-gone", "U0ALICE"));

        send(body, NOW, sign(SECRET, NOW, body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.response_type").value("ephemeral"))
                .andExpect(jsonPath("$.text").exists());
    }

    @Test
    void aSignedBodyWithoutAPayloadIsABadRequest() throws Exception {
        String body = "token=x&team_id=T1";

        send(body, NOW, sign(SECRET, NOW, body)).andExpect(status().isBadRequest());
    }

    private MockMvc mvc(String secret) {
        SlackRequestVerifier verifier = new SlackRequestVerifier(secret,
                Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
        // only the acknowledge button is exercised here: it needs nothing but the command gateway
        IncidentButtons buttons = new IncidentButtons(commands, null, null, null, null, null);
        return MockMvcBuilders.standaloneSetup(new SlackInteractionsController(verifier, buttons, null)).build();
    }

    private ResultActions send(String body, long timestamp, String signature) throws Exception {
        return perform(mvc, body, timestamp, signature);
    }

    private static ResultActions perform(MockMvc mvc, String body, long timestamp, String signature)
            throws Exception {
        return mvc.perform(post("/slack/interactions")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature)
                .content(body));
    }

    private static String blockAction(String actionId, String value, String userId) {
        return """
                {"type":"block_actions","user":{"id":"%s","username":"alice"},"trigger_id":"1.2.3",
                 "actions":[{"action_id":"%s","block_id":"incident_actions","value":"%s","type":"button"}]}
                """.formatted(userId, actionId, value);
    }

    /** Form-encoded like Slack does: spaces as +, so re-encoding parsed parameters would change the bytes. */
    private static String form(String payload) {
        return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
    }
}
