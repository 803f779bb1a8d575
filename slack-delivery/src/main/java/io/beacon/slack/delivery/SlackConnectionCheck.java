package io.beacon.slack.delivery;

import com.slack.api.Slack;
import com.slack.api.methods.response.auth.AuthTestResponse;
import io.beacon.slack.SlackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Once the service is ready, asks Slack who the bot token belongs to ({@code auth.test}), off the start-up path. It
 * says in the log at once whether pages can go out (a revoked token otherwise shows only when the first page fails,
 * at 3 a.m.), and it makes the first call of the process: the Slack client's first call took about 4 s (its classes
 * loaded and run for the first time, its connection opened), which the first page of an outage waited for.
 */
final class SlackConnectionCheck implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(SlackConnectionCheck.class);
    private final Slack slack;
    private final SlackProperties properties;

    SlackConnectionCheck(Slack slack, SlackProperties properties) {
        this.slack = slack;
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        if (!properties.hasBotToken()) {
            return;
        }
        Thread check = new Thread(this::check, "slack-connection-check");
        check.setDaemon(true);
        check.start();
    }

    void check() {
        try {
            AuthTestResponse answer = slack.methods(properties.botToken()).authTest(request -> request);
            if (answer.isOk()) {
                log.info("Slack: the bot token is {} ({}) in workspace {}", answer.getUserId(), answer.getUser(),
                        answer.getTeamId());
            } else {
                log.warn("Slack refused the bot token ({}): pages and status updates will fail until "
                        + "SLACK_BOT_TOKEN is fixed", answer.getError());
            }
        } catch (Exception unreachable) {
            log.warn("Slack did not answer at {} ({}): pages wait in the outbox until it does",
                    properties.apiUrl(), unreachable.toString());
        }
    }
}
