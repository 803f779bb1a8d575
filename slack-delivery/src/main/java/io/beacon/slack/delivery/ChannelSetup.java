package io.beacon.slack.delivery;

import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.methods.response.conversations.ConversationsInviteResponse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Subject channels (an incident's own): {@code conversations.create} under the requested name, or name-2, name-3… when taken, recorded
 * so {@code incident:<id>} subject channel addresses resolve; {@code conversations.invite} for ids and emails (unknown emails are
 * skipped; nobody to invite or {@code already_in_channel} is success).
 */
final class ChannelSetup {

    private static final int MAX_NAME = 80;
    private static final int MAX_SUFFIX = 20;

    private final SlackMethods methods;
    private final OutboxQueries queries;
    private final OutboxStore store;
    private final Addresses addresses;
    private final MentionResolver users;
    private final Clock clock;

    ChannelSetup(SlackMethods methods, OutboxQueries queries, OutboxStore store, Addresses addresses,
                 MentionResolver users, Clock clock) {
        this.methods = methods;
        this.queries = queries;
        this.store = store;
        this.addresses = addresses;
        this.users = users;
        this.clock = clock;
    }

    Outcome create(OutboxRow row) {
        String address = Addresses.createdFor(row.message());
        Optional<String> existing = queries.channelFor(address);
        if (existing.isPresent()) {
            // created and recorded before a crash kept the outcome from being recorded
            return new Outcome.Delivered(existing.get(), null);
        }
        String name = row.message().text();
        for (int suffix = 1; suffix <= MAX_SUFFIX; suffix++) {
            String candidate = suffix == 1 ? name : withSuffix(name, "-" + suffix);
            ConversationsCreateResponse created = SlackCalls.call("conversations.create",
                    () -> methods.conversationsCreate(r -> r.name(candidate)));
            if (created.isOk()) {
                String channel = created.getChannel().getId();
                store.recordChannel(address, channel, clock.instant());
                return new Outcome.Delivered(queries.channelFor(address).orElse(channel), null);
            }
            if (!"name_taken".equals(created.getError())) {
                return SlackCalls.failure(created);
            }
        }
        return new Outcome.Permanent("name_taken");
    }

    Outcome invite(OutboxRow row) {
        String channel = addresses.channel(row.target());
        List<String> ids = new ArrayList<>();
        String text = row.message().text() == null ? "" : row.message().text();
        for (String entry : text.split(",")) {
            String value = entry.strip();
            if (!value.isEmpty()) {
                users.userId(value).filter(id -> !ids.contains(id)).ifPresent(ids::add);
            }
        }
        if (ids.isEmpty()) {
            return new Outcome.Delivered(channel, null);
        }
        ConversationsInviteResponse invited = SlackCalls.call("conversations.invite",
                () -> methods.conversationsInvite(r -> r.channel(channel).users(ids)));
        return invited.isOk() || "already_in_channel".equals(invited.getError())
                ? new Outcome.Delivered(channel, null) : SlackCalls.failure(invited);
    }

    private static String withSuffix(String name, String suffix) {
        return (name.length() + suffix.length() > MAX_NAME ? name.substring(0, MAX_NAME - suffix.length()) : name)
                + suffix;
    }
}
