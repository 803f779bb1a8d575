package io.beacon.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A local stand-in for the Slack Web API that speaks its wire format: {@code POST /api/<method>} with a
 * form-encoded (or JSON) body and a bearer token, answered with Slack's JSON envelope ({@code ok}, {@code error}).
 * It records every call so tests can assert what a person would have seen in Slack.
 */
public final class SlackStandIn implements AutoCloseable {

    /** One Web API call as Slack would have received it. */
    public record Call(String method, Map<String, String> params, String authorization) {

        public String param(String name) {
            return params.get(name);
        }

        /** The {@code blocks} parameter as plain JSON text (the SDK escapes {@code <} as a unicode escape). */
        public String blocksJson() {
            JsonNode blocks = blocks();
            return blocks == null ? "" : blocks.toString();
        }

        /**
         * Every piece of text Slack would parse as mrkdwn (where {@code <!channel>} or {@code <@U…>} become
         * mentions): the top-level {@code text} and every mrkdwn text object in the blocks.
         */
        public List<String> mrkdwnTexts() {
            List<String> texts = new ArrayList<>();
            if (params.get("text") != null) {
                texts.add(params.get("text"));
            }
            JsonNode blocks = blocks();
            if (blocks != null) {
                collectMrkdwn(blocks, texts);
            }
            return texts;
        }

        private static void collectMrkdwn(JsonNode node, List<String> texts) {
            if (node.isObject() && "mrkdwn".equals(node.path("type").asString(null)) && node.has("text")) {
                texts.add(node.get("text").asString());
            }
            node.forEach(child -> collectMrkdwn(child, texts));
        }

        /** The {@code blocks} parameter parsed as JSON, or null. */
        public JsonNode blocks() {
            String blocks = params.get("blocks");
            return blocks == null ? null : MAPPER.readTree(blocks);
        }
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> usersByEmail = new ConcurrentHashMap<>();
    private final Map<String, Integer> failuresToServe = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_100L);

    private SlackStandIn(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free loopback port. */
    public static SlackStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SlackStandIn standIn = new SlackStandIn(server);
            server.createContext("/api/", standIn::handle);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the Slack stand-in", e);
        }
    }

    /** Base URL to give the Slack SDK, ending in {@code /api/}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** Makes {@code users.lookupByEmail} find this user. */
    public SlackStandIn withUser(String email, String userId) {
        usersByEmail.put(email.toLowerCase(), userId);
        return this;
    }

    /** The next {@code count} calls of {@code method} answer HTTP 429 with Retry-After 1. */
    public SlackStandIn rateLimitNext(String method, int count) {
        failuresToServe.put(method, count);
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<Call> calls(String method, Predicate<Call> filter) {
        return calls(method).stream().filter(filter).toList();
    }

    public void reset() {
        calls.clear();
        failuresToServe.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            Map<String, String> params = readParams(exchange);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Integer failures = failuresToServe.computeIfPresent(method, (m, n) -> n - 1);
            if (failures != null && failures >= 0) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                respond(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
                return;
            }
            calls.add(new Call(method, params, authorization));
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                respond(exchange, 200, "{\"ok\":false,\"error\":\"not_authed\"}");
                return;
            }
            respond(exchange, 200, answer(method, params));
        }
    }

    private String answer(String method, Map<String, String> params) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", true);
        switch (method) {
            case "chat.postMessage", "chat.update" -> {
                String channel = params.getOrDefault("channel", "C0");
                body.put("channel", channel);
                body.put("ts", method.equals("chat.update") ? params.get("ts") : nextTs());
                body.put("message", Map.of("text", params.getOrDefault("text", "")));
            }
            case "chat.postEphemeral" -> body.put("message_ts", nextTs());
            case "conversations.open" -> body.put("channel", Map.of("id", "D" + params.getOrDefault("users", "X")));
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
                // every other method simply succeeds
            }
        }
        return MAPPER.writeValueAsString(body);
    }

    private String nextTs() {
        long value = ts.incrementAndGet();
        return (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
    }

    private static Map<String, String> readParams(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> params = new LinkedHashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        List<String> pairs = new ArrayList<>();
        if (query != null) {
            pairs.addAll(List.of(query.split("&")));
        }
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (contentType.startsWith("application/json")) {
            JsonNode json = MAPPER.readTree(body);
            json.properties().forEach(e -> params.put(e.getKey(),
                    e.getValue().isString() ? e.getValue().asString() : e.getValue().toString()));
        } else if (!body.isEmpty()) {
            pairs.addAll(List.of(body.split("&")));
        }
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
