package io.beacon.deadline.deadman;

import io.beacon.slack.OutboundMessage;
import io.beacon.slack.SlackOutbox;
import io.beacon.slack.SlackText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tells the default team, through the Slack outbox, that a check tripped and that it recovered: one message each
 * per episode, keyed {@code deadman:<check>:<episode>:tripped|recovered}, so a second instance (or a retried
 * transaction) enqueueing the same one changes nothing. Pages go first in the outbox: escalations not firing is a
 * page-worthy fact. The outbox's worker is its own thread and needs neither db-scheduler nor a processor.
 */
final class DeadmanAlarm {

    private static final Logger log = LoggerFactory.getLogger(DeadmanAlarm.class);

    private final Optional<SlackOutbox> outbox;
    private final Supplier<Optional<String>> channel;
    private final String service;

    DeadmanAlarm(Optional<SlackOutbox> outbox, Supplier<Optional<String>> channel, String service) {
        this.outbox = outbox;
        this.channel = channel;
        this.service = service;
    }

    void tripped(Reading reading, long episode) {
        log.error("Dead-man's switch tripped ({}, episode {}): {}", reading.check().tag(), episode, reading.summary());
        send(key(reading.check(), episode, "tripped"), ":rotating_light: *" + SlackText.escape(service) + "*: "
                + reading.check().trouble() + ". " + SlackText.escape(reading.summary())
                + ". Escalations, reminders and pages may not be sent until this is fixed; the service reports"
                + " itself not ready (health `escalationMachinery`).");
    }

    void recovered(Check check, long episode, Duration lasted) {
        log.warn("Dead-man's switch recovered ({}, episode {}) after {}", check.tag(), episode, lasted);
        send(key(check, episode, "recovered"), ":white_check_mark: *" + SlackText.escape(service) + "*: recovered: "
                + check.trouble().replace("have stopped", "are") .replace("stopped ", "") + " again, after "
                + lasted.toSeconds() + " s. Deadlines that fell due meanwhile fire now, late.");
    }

    private void send(String key, String text) {
        Optional<String> address = channel.get().filter(name -> !name.isBlank());
        if (outbox.isEmpty() || address.isEmpty()) {
            log.warn("No Slack channel for the dead-man's switch (beacon.deadman.slack-channel): not sent: {}", text);
            return;
        }
        outbox.get().enqueue(new OutboundMessage(key, null, OutboundMessage.Kind.POST, address.get(), null, null,
                text, null, OutboundMessage.Priority.PAGE));
    }

    static String key(Check check, long episode, String what) {
        return "deadman:" + check.tag() + ":" + episode + ":" + what;
    }
}
