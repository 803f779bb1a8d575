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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A local stand-in for the Slack Web API that speaks its wire format: {@code POST /api/<method>} with a
 * form-encoded (or JSON) body and a bearer token, answered with Slack's JSON envelope ({@code ok}, {@code error}).
 * It records every call so tests can assert what a person would have seen in Slack, keeps each channel's posted
 * messages (with their metadata) for {@code conversations.history}, creates channels, and injects failures: HTTP
 * errors per method ({@link #failNext}, {@link #rateLimitNext}) and Slack errors per channel ({@link #errorFor}), and
 * holds calls in flight ({@link #holdResponses}, {@link #holdAndForget}) to reproduce a client dying mid-call.
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

        /** The {@code metadata} parameter (Slack message metadata) parsed as JSON, or null. */
        public JsonNode metadata() {
            String metadata = params.get("metadata");
            return metadata == null ? null : MAPPER.readTree(metadata);
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
    private final StandInWorkspace workspace = new StandInWorkspace(MAPPER);
    private final Map<String, Failure> failuresToServe = new ConcurrentHashMap<>();
    private final HeldResponses holds = new HeldResponses();
    private final ExecutorService handlers;

    /** The next {@code remaining} calls of a method answer {@code status} instead of Slack's envelope. */
    private record Failure(AtomicInteger remaining, int status) {
    }

    private SlackStandIn(HttpServer server, ExecutorService handlers) {
        this.server = server;
        this.handlers = handlers;
    }

    /** Starts on a free loopback port. */
    public static SlackStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            // a few threads, so that one slow call never queues the others behind it
            AtomicInteger threads = new AtomicInteger();
            ExecutorService handlers = Executors.newFixedThreadPool(4, r -> Thread.ofPlatform().daemon()
                    .name("slack-stand-in-" + threads.incrementAndGet()).unstarted(r));
            server.setExecutor(handlers);
            SlackStandIn standIn = new SlackStandIn(server, handlers);
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
        workspace.addUser(email, userId);
        return this;
    }

    /** The next {@code count} calls of {@code method} answer HTTP 429 with Retry-After 1 (not recorded as calls). */
    public SlackStandIn rateLimitNext(String method, int count) {
        return failNext(method, count, 429);
    }

    /** The next {@code count} calls of {@code method} answer {@code httpStatus} (e.g. 503; not recorded as calls). */
    public SlackStandIn failNext(String method, int count, int httpStatus) {
        failuresToServe.put(method, new Failure(new AtomicInteger(count), httpStatus));
        return this;
    }

    /**
     * Every call addressed to {@code channel} answers {@code ok=false} with {@code error} (recorded as calls); a null
     * error lets the channel work again.
     */
    public SlackStandIn errorFor(String channel, String error) {
        workspace.errorFor(channel, error);
        return this;
    }

    /**
     * Calls of {@code method} are carried out (recorded, a post lands in its channel's history) but their HTTP answer
     * is held until {@link #release()}: Slack did the work, the caller never hears of it.
     */
    public SlackStandIn holdResponses(String method) {
        holds.hold(method, HeldResponses.Mode.ANSWER_LATER);
        return this;
    }

    /**
     * Calls of {@code method} hang and are never carried out (not recorded as {@link #calls}, not posted): as if lost
     * before reaching Slack. {@link #release()} closes their connections unanswered.
     */
    public SlackStandIn holdAndForget(String method) {
        holds.hold(method, HeldResponses.Mode.FORGET);
        return this;
    }

    /** Every call held so far by {@link #holdResponses} or {@link #holdAndForget}, released or not. */
    public List<Call> held() {
        return holds.held();
    }

    /** Stops holding: held answers are sent (to whoever still listens), forgotten calls' connections closed. */
    public void release() {
        holds.releaseAll();
    }

    /** Channels created with {@code conversations.create}: name to id. */
    public Map<String, String> channels() {
        return workspace.channels();
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
        holds.reset();
        workspace.reset();
    }

    @Override
    public void close() {
        holds.releaseAll();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean parked = false;
        try {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            Map<String, String> params = readParams(exchange);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Failure failure = failuresToServe.get(method);
            if (failure != null && failure.remaining().getAndDecrement() > 0) {
                if (failure.status() == 429) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    respond(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
                } else {
                    respond(exchange, failure.status(), "{\"ok\":false,\"error\":\"internal_error\"}");
                }
                return;
            }
            Call call = new Call(method, params, authorization);
            parked = holds.park(call, exchange, () -> carryOut(call));
            if (!parked) {
                respond(exchange, 200, carryOut(call));
            }
        } finally {
            if (!parked) {
                exchange.close();
            }
        }
    }

    /** Records the call and does what Slack would do, returning Slack's answer. */
    private String carryOut(Call call) {
        calls.add(call);
        if (call.authorization() == null || !call.authorization().startsWith("Bearer ")) {
            return "{\"ok\":false,\"error\":\"not_authed\"}";
        }
        return MAPPER.writeValueAsString(workspace.answer(call.method(), call.params()));
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
