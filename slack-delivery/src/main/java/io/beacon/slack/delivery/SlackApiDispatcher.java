package io.beacon.slack.delivery;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.pins.PinsAddResponse;
import io.beacon.slack.OutboundMessage;

import java.util.Optional;

/** Sends rows through the Slack Web API: messages, updates and pins here, channel setup in {@link ChannelSetup}. */
final class SlackApiDispatcher implements Dispatcher {

    private final SlackMethods methods;
    private final OutboxQueries queries;
    private final Addresses addresses;
    private final MentionResolver mentions;
    private final DeliveredMessageFinder finder;
    private final ChannelSetup channels;

    SlackApiDispatcher(SlackMethods methods, OutboxQueries queries, Addresses addresses, MentionResolver mentions,
                       ChannelSetup channels) {
        this.methods = methods;
        this.queries = queries;
        this.addresses = addresses;
        this.mentions = mentions;
        this.finder = new DeliveredMessageFinder(methods);
        this.channels = channels;
    }

    @Override
    public Outcome dispatch(OutboxRow row) {
        try {
            return switch (row.message().kind()) {
                case POST -> post(row);
                case UPDATE -> update(row);
                case PIN -> pin(row);
                case CREATE_CHANNEL -> channels.create(row);
                case INVITE -> channels.invite(row);
            };
        } catch (SlackCalls.Abort abort) {
            return abort.outcome();
        }
    }

    private Outcome post(OutboxRow row) {
        OutboundMessage message = row.message();
        String channel = addresses.channel(row.target());
        if (row.abandonedWhileSending()) {
            Optional<String> ts = finder.find(channel, message.key(), row.createdAt());
            if (ts.isPresent()) {
                return new Outcome.Delivered(channel, ts.get());
            }
        }
        String text = mentions.inText(message.text());
        String blocks = mentions.inBlocksJson(message.blocksJson());
        ChatPostMessageResponse posted = SlackCalls.call("chat.postMessage", () -> methods.chatPostMessage(r -> r
                .channel(channel).text(text).blocksAsString(blocks)
                .metadataAsString(DeliveredMessageFinder.metadataJson(message.key()))));
        if (!posted.isOk()) {
            return SlackCalls.failure(posted);
        }
        return new Outcome.Delivered(posted.getChannel() == null ? channel : posted.getChannel(), posted.getTs());
    }

    private Outcome update(OutboxRow row) {
        OutboxRow ref = referenced(row);
        if (queries.newerUpdatePending(row)) {
            // coalesced: a newer update of the same message is queued behind this one and says it all
            return new Outcome.Delivered(ref.deliveredChannel(), ref.deliveredTs());
        }
        String text = mentions.inText(row.message().text());
        String blocks = mentions.inBlocksJson(row.message().blocksJson());
        ChatUpdateResponse updated = SlackCalls.call("chat.update", () -> methods.chatUpdate(r -> r
                .channel(ref.deliveredChannel()).ts(ref.deliveredTs()).text(text).blocksAsString(blocks)));
        return updated.isOk() ? new Outcome.Delivered(ref.deliveredChannel(), ref.deliveredTs())
                : SlackCalls.failure(updated);
    }

    private Outcome pin(OutboxRow row) {
        OutboxRow ref = referenced(row);
        PinsAddResponse pinned = SlackCalls.call("pins.add", () -> methods.pinsAdd(r -> r
                .channel(ref.deliveredChannel()).timestamp(ref.deliveredTs())));
        return pinned.isOk() || "already_pinned".equals(pinned.getError())
                ? new Outcome.Delivered(ref.deliveredChannel(), ref.deliveredTs()) : SlackCalls.failure(pinned);
    }

    /** The delivered message an UPDATE or PIN is about; waits while it is on its way, fails when it never came. */
    private OutboxRow referenced(OutboxRow row) {
        String refKey = row.message().refKey();
        OutboxRow ref = refKey == null ? null : queries.byKey(refKey).orElse(null);
        if (ref == null) {
            throw new SlackCalls.Abort(new Outcome.Permanent("unknown_ref"));
        }
        return switch (ref.status()) {
            case PENDING, SENDING -> throw new SlackCalls.Abort(new Outcome.Wait("waiting for " + refKey));
            case FAILED -> throw new SlackCalls.Abort(new Outcome.Permanent("ref_failed"));
            case WITHDRAWN -> throw new SlackCalls.Abort(new Outcome.Permanent("ref_withdrawn"));
            case DELIVERED -> {
                if (ref.deliveredTs() == null) {
                    throw new SlackCalls.Abort(new Outcome.Permanent("ref_has_no_message"));
                }
                yield ref;
            }
        };
    }
}
