package io.beacon.testkit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the Slack stand-in's workspace holds (users, channels, each channel's messages) and how it answers the Web API
 * methods that read or change it. Message timestamps are real epoch microseconds, as Slack's are, so history queries
 * by {@code oldest} behave as they would against Slack.
 */
final class StandInWorkspace {

    private record Posted(String ts, String text, JsonNode metadata) {
    }

    private final ObjectMapper mapper;
    private final Map<String, String> usersByEmail = new ConcurrentHashMap<>();
    private final Map<String, String> channelsByName = new ConcurrentHashMap<>();
    private final Map<String, String> errorsByChannel = new ConcurrentHashMap<>();
    private final Map<String, List<Posted>> history = new ConcurrentHashMap<>();
    private final AtomicInteger channelCounter = new AtomicInteger();
    private final AtomicLong lastTs = new AtomicLong();

    StandInWorkspace(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void addUser(String email, String userId) {
        usersByEmail.put(email.toLowerCase(), userId);
    }

    void errorFor(String channel, String error) {
        if (error == null) {
            errorsByChannel.remove(channel);
            return;
        }
        errorsByChannel.put(channel, error);
    }

    void reset() {
        errorsByChannel.clear();
        history.clear();
        channelsByName.clear();
    }

    Map<String, String> channels() {
        return Map.copyOf(channelsByName);
    }

    Map<String, Object> answer(String method, Map<String, String> params) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", true);
        String channel = params.get("channel");
        if (channel != null && errorsByChannel.containsKey(channel)) {
            body.put("ok", false);
            body.put("error", errorsByChannel.get(channel));
            return body;
        }
        switch (method) {
            case "chat.postMessage" -> {
                String ts = nextTs();
                String target = channel == null ? "C0" : channel;
                String metadata = params.get("metadata");
                history.computeIfAbsent(target, c -> java.util.Collections.synchronizedList(new ArrayList<>()))
                        .add(new Posted(ts, params.getOrDefault("text", ""),
                                metadata == null ? null : mapper.readTree(metadata)));
                body.put("channel", target);
                body.put("ts", ts);
                body.put("message", Map.of("text", params.getOrDefault("text", "")));
            }
            case "chat.update" -> {
                body.put("channel", channel);
                body.put("ts", params.get("ts"));
                body.put("message", Map.of("text", params.getOrDefault("text", "")));
            }
            case "chat.postEphemeral" -> body.put("message_ts", nextTs());
            case "conversations.open" -> body.put("channel", Map.of("id", "D" + params.getOrDefault("users", "X")));
            case "conversations.create" -> create(params.getOrDefault("name", ""), body);
            case "conversations.history" -> body.put("messages", messages(channel, params));
            case "conversations.invite" -> body.put("channel", Map.of("id", String.valueOf(channel)));
            case "views.open" -> body.put("view", Map.of("id", "V" + nextTs().replace(".", "")));
            case "users.lookupByEmail" -> {
                String id = usersByEmail.get(params.getOrDefault("email", "").toLowerCase());
                if (id == null) {
                    body.put("ok", false);
                    body.put("error", "users_not_found");
                } else {
                    body.put("user", Map.of("id", id, "name", params.get("email")));
                }
            }
            case "auth.test" -> {
                body.put("team_id", "T0STANDIN");
                body.put("user_id", "U0BEACON");
                body.put("bot_id", "B0BEACON");
            }
            default -> {
                // every other method (pins.add, …) simply succeeds
            }
        }
        return body;
    }

    private void create(String name, Map<String, Object> body) {
        String id = "C" + channelCounter.incrementAndGet();
        if (channelsByName.putIfAbsent(name, id) != null) {
            body.put("ok", false);
            body.put("error", "name_taken");
            return;
        }
        body.put("channel", Map.of("id", id, "name", name, "is_channel", true));
    }

    /** Newest first, after {@code oldest}, at most {@code limit}; metadata only when asked for. */
    private List<Map<String, Object>> messages(String channel, Map<String, String> params) {
        BigDecimal oldest = new BigDecimal(params.getOrDefault("oldest", "0"));
        int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
        boolean withMetadata = "true".equals(params.get("include_all_metadata"))
                || "1".equals(params.get("include_all_metadata"));
        List<Posted> posted = new ArrayList<>(history.getOrDefault(channel, List.of()));
        List<Map<String, Object>> messages = new ArrayList<>();
        for (int i = posted.size() - 1; i >= 0 && messages.size() < limit; i--) {
            Posted message = posted.get(i);
            if (new BigDecimal(message.ts()).compareTo(oldest) > 0) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("type", "message");
                json.put("ts", message.ts());
                json.put("text", message.text());
                if (withMetadata && message.metadata() != null) {
                    json.put("metadata", message.metadata());
                }
                messages.add(json);
            }
        }
        return messages;
    }

    /** Epoch microseconds, strictly increasing. */
    private String nextTs() {
        long now = System.currentTimeMillis() * 1000;
        long value = lastTs.updateAndGet(last -> Math.max(last + 1, now));
        return (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
    }
}
