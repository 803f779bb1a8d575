package io.beacon.incident.notification.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import io.beacon.incident.notification.IncidentPager;
import io.beacon.incident.notification.Page;
import io.beacon.incident.notification.PageReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Set;

/**
 * Pages in Slack: posts the page to the team's channel mentioning the responder, and later updates the same message
 * once the incident is acknowledged. Slack failures are thrown, never swallowed, except an update of a message that
 * can no longer be updated (deleted, archived channel): there is nothing left to correct.
 */
public final class SlackIncidentPager implements IncidentPager {

    private static final Logger log = LoggerFactory.getLogger(SlackIncidentPager.class);
    private static final Set<String> MESSAGE_GONE = Set.of(
            "message_not_found", "cant_update_message", "edit_window_closed", "channel_not_found", "is_archived");

    private final MethodsClient methods;
    private final SlackPageRenderer renderer;
    private final SlackRateLimitRetry retry;
    private final SlackUserDirectory users;

    /** @param methods a client carrying the bot token, from {@code slack.methods(botToken)} */
    public SlackIncidentPager(MethodsClient methods) {
        this(methods, new SlackPageRenderer(), SlackRateLimitRetry.standard());
    }

    SlackIncidentPager(MethodsClient methods, SlackPageRenderer renderer, SlackRateLimitRetry retry) {
        this.methods = methods;
        this.renderer = renderer;
        this.retry = retry;
        this.users = new SlackUserDirectory(methods, retry);
    }

    @Override
    public PageReceipt page(Page page) {
        SlackResponder responder = users.resolve(page.onCall().responder());
        SlackMessage message = renderer.page(page, responder);
        ChatPostMessageResponse posted = retry.call("chat.postMessage", () -> methods.chatPostMessage(r -> r
                .channel(page.onCall().channel())
                .text(message.text())
                .blocksAsString(message.blocksJson())
                .unfurlLinks(false)
                .unfurlMedia(false)));
        if (!posted.isOk()) {
            throw new SlackCallFailed("chat.postMessage", posted.getError());
        }
        log.info("Paged {} for incident {} in {} (ts {})", responder.pagedAs(), page.incidentId(),
                posted.getChannel(), posted.getTs());
        return new PageReceipt(responder.pagedAs(), posted.getChannel(), posted.getTs());
    }

    @Override
    public void markAcknowledged(PageReceipt receipt, Page page, String acknowledgedBy, Instant at) {
        if (receipt.messageTs() == null || receipt.channel() == null) {
            log.info("Page for incident {} was not posted to Slack: nothing to update", page.incidentId());
            return;
        }
        SlackMessage message = renderer.acknowledged(page, users.resolve(receipt.responder()), acknowledgedBy, at);
        ChatUpdateResponse updated = retry.call("chat.update", () -> methods.chatUpdate(r -> r
                .channel(receipt.channel())
                .ts(receipt.messageTs())
                .text(message.text())
                .blocksAsString(message.blocksJson())));
        if (updated.isOk()) {
            return;
        }
        if (MESSAGE_GONE.contains(updated.getError())) {
            log.warn("Page {} in {} for incident {} can no longer be updated: {}", receipt.messageTs(),
                    receipt.channel(), page.incidentId(), updated.getError());
            return;
        }
        throw new SlackCallFailed("chat.update", updated.getError());
    }
}
