package io.beacon.gateway.abuse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Webhook bodies for the property tests: a valid Alertmanager webhook of one to three alerts, then one to three
 * mutations of its JSON tree (fields removed, wrong types, huge or hostile strings, deep nesting, numbers for strings,
 * 1,000 labels, no alerts, 10,001 alerts, …), and sometimes a mutation of its bytes (truncated, invalid UTF-8, flipped
 * bytes). Every random choice comes from jqwik's seed, so a failing body can be replayed.
 */
final class MutatedWebhooks {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] TOP_FIELDS = {"version", "groupKey", "truncatedAlerts", "status", "receiver",
            "groupLabels", "commonLabels", "commonAnnotations", "externalURL", "alerts"};
    private static final String[] ALERT_FIELDS = {"status", "labels", "annotations", "startsAt", "endsAt",
            "generatorURL", "fingerprint"};
    private static final String NESTED = "__nested__";
    private static final String HOSTILE = "<!channel> <@U123> <https://evil|click> &lt; 🔥 שלום e\u0301 \u0000 \u202E";

    /** A body and a label for the mutations that made it (printed when a property fails). */
    record Body(byte[] bytes, String contentType, String mutations) {
        @Override
        public String toString() {
            String text = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
            return mutations + " (" + bytes.length + " bytes): " + text;
        }
    }

    private MutatedWebhooks() {
    }

    static Arbitrary<Body> bodies() {
        Arbitrary<Integer> mutationCounts = Arbitraries.frequency(net.jqwik.api.Tuple.of(10, 0),
                net.jqwik.api.Tuple.of(40, 1), net.jqwik.api.Tuple.of(30, 2), net.jqwik.api.Tuple.of(20, 3));
        return Combinators.combine(Arbitraries.longs(), mutationCounts, rare())
                .as((seed, mutations, rare) -> body(new Random(seed), mutations, rare));
    }

    /** The expensive bodies (10,001 alerts, a 17 MiB string, wrong content type) about once in 2,500 tries each. */
    private static Arbitrary<Integer> rare() {
        return Arbitraries.frequency(
                net.jqwik.api.Tuple.of(7_500, 0), net.jqwik.api.Tuple.of(1, 1), net.jqwik.api.Tuple.of(1, 2),
                net.jqwik.api.Tuple.of(1, 3));
    }

    static Body body(Random random, int mutations, int rare) {
        ObjectNode webhook = valid(random, 1 + random.nextInt(3));
        List<String> applied = new ArrayList<>();
        switch (rare) {
            case 1 -> {
                ArrayNode alerts = webhook.putArray("alerts");
                for (int i = 0; i < 10_001; i++) {
                    alerts.add(alert(random, i));
                }
                applied.add("10,001 alerts");
            }
            case 2 -> {
                webhook.put("receiver", "x".repeat(17 * 1024 * 1024));
                applied.add("17 MiB string");
            }
            case 3 -> {
                return new Body(JSON.writeValueAsBytes(webhook), "text/plain", "wrong content type");
            }
            default -> {
            }
        }
        for (int i = 0; i < mutations; i++) {
            applied.add(mutateTree(random, webhook));
        }
        byte[] bytes = withNesting(JSON.writeValueAsBytes(webhook));
        if (random.nextInt(4) == 0) {
            String[] named = new String[1];
            bytes = mutateBytes(random, bytes, named);
            applied.add(named[0]);
        }
        return new Body(bytes, "application/json", applied.isEmpty() ? "valid" : String.join(", ", applied));
    }

    static ObjectNode valid(Random random, int alerts) {
        ObjectNode webhook = NODES.objectNode();
        webhook.put("version", "4");
        webhook.put("groupKey", "{}:{service=\"checkout\"}");
        webhook.put("truncatedAlerts", 0);
        webhook.put("status", "firing");
        webhook.put("receiver", "beacon");
        webhook.putObject("groupLabels").put("service", "checkout");
        webhook.putObject("commonLabels").put("service", "checkout");
        webhook.putObject("commonAnnotations");
        webhook.put("externalURL", "http://alertmanager.example.org:9093");
        ArrayNode list = webhook.putArray("alerts");
        for (int i = 0; i < alerts; i++) {
            list.add(alert(random, i));
        }
        return webhook;
    }

    private static ObjectNode alert(Random random, int index) {
        ObjectNode alert = NODES.objectNode();
        alert.put("status", random.nextBoolean() ? "firing" : "resolved");
        ObjectNode labels = alert.putObject("labels");
        labels.put("alertname", "CheckoutHighLatency");
        labels.put("service", "checkout");
        labels.put("instance", "checkout-" + index + ":8080");
        labels.put("severity", random.nextBoolean() ? "page" : "warning");
        alert.putObject("annotations").put("summary", "Checkout p99 latency is above 800 ms");
        alert.put("startsAt", "2026-11-22T09:14:03.512Z");
        alert.put("endsAt", "0001-01-01T00:00:00Z");
        alert.put("generatorURL", "http://prometheus.example.org:9090/graph");
        alert.put("fingerprint", String.format("%016x", random.nextLong()));
        return alert;
    }

    private static String mutateTree(Random random, ObjectNode webhook) {
        JsonNode alerts = webhook.get("alerts");
        JsonNode picked = alerts instanceof ArrayNode list && !list.isEmpty() && random.nextInt(3) > 0
                ? list.get(random.nextInt(list.size())) : webhook;
        ObjectNode target = picked instanceof ObjectNode alert ? alert : webhook;
        String[] fields = target == webhook ? TOP_FIELDS : ALERT_FIELDS;
        String field = fields[random.nextInt(fields.length)];
        String where = (target == webhook ? "" : "alert.") + field;
        switch (random.nextInt(14)) {
            case 0 -> {
                target.remove(field);
                return "removed " + where;
            }
            case 1 -> {
                target.put(field, random.nextLong());
                return "number for " + where;
            }
            case 2 -> {
                target.put(field, random.nextBoolean());
                return "boolean for " + where;
            }
            case 3 -> {
                target.putNull(field);
                return "null " + where;
            }
            case 4 -> {
                target.putArray(field).add("x").add(1);
                return "array for " + where;
            }
            case 5 -> {
                target.putObject(field).put("x", 1);
                return "object for " + where;
            }
            case 6 -> {
                int length = sized(random, 1_000, 10_000, 100_000, 1_000_000);
                target.put(field, HOSTILE.repeat(length / HOSTILE.length() + 1));
                return "huge hostile string (" + length + ") for " + where;
            }
            case 7 -> {
                int depth = sized(random, 100, 1_000, 10_000, 100_000);
                target.put(field, NESTED + depth);
                return "nested " + depth + " deep at " + where;
            }
            case 8 -> {
                webhook.putArray("alerts");
                return "empty alerts";
            }
            case 9 -> {
                if (random.nextInt(10) > 0) {
                    target.put(field, "");
                    return "empty string for " + where;
                }
                ObjectNode labels = webhook.get("alerts") instanceof ArrayNode list && !list.isEmpty()
                        && list.get(0) instanceof ObjectNode first && first.get("labels") instanceof ObjectNode l
                        ? l : null;
                if (labels == null) {
                    return "no labels to grow";
                }
                for (int i = 0; i < 1_000; i++) {
                    labels.put("label_" + i + "_" + HOSTILE, HOSTILE.repeat(1 + random.nextInt(3)));
                }
                return "1,000 hostile labels";
            }
            case 10 -> {
                ObjectNode labels = target.get("labels") instanceof ObjectNode l ? l : null;
                if (labels == null) {
                    return "no labels for numbers";
                }
                labels.put("service", random.nextInt());
                labels.put("severity", random.nextDouble());
                return "numbers for label values";
            }
            case 11 -> {
                target.put(field, List.of("", " ", "2026-13-45T99:99:99Z", "firing ", "RESOLVED", "5", "∞")
                        .get(random.nextInt(7)));
                return "odd value for " + where;
            }
            case 12 -> {
                if (webhook.get("alerts") instanceof ArrayNode list) {
                    list.addNull();
                    list.add("not an alert");
                }
                return "null and text among alerts";
            }
            default -> {
                target.put("unknown_" + random.nextInt(1000), HOSTILE);
                return "unknown field on " + (target == webhook ? "webhook" : "alert");
            }
        }
    }

    /**
     * One of four sizes, the larger ones rarer (60, 30, 9 and 1 in 100): every size is tried many times in a run,
     * and the run still fits in the build's time.
     */
    private static int sized(Random random, int small, int medium, int large, int huge) {
        int draw = random.nextInt(100);
        return draw < 60 ? small : draw < 90 ? medium : draw < 99 ? large : huge;
    }

    /**
     * Nesting is spliced into the text after writing: Jackson refuses to write (and would recurse through) a tree
     * deeper than its own limit.
     */
    private static byte[] withNesting(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.contains(NESTED)) {
            return bytes;
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + NESTED + "(\\d+)\"").matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            int depth = Integer.parseInt(matcher.group(1));
            String nested = "[{\"n\":".repeat(depth / 2) + "\"deep\"" + "}]".repeat(depth / 2);
            matcher.appendReplacement(result, java.util.regex.Matcher.quoteReplacement(nested));
        }
        matcher.appendTail(result);
        return result.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[][] INVALID_UTF8 = {
            {(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

    private static byte[] mutateBytes(Random random, byte[] bytes, String[] named) {
        switch (random.nextInt(6)) {
            case 0 -> {
                named[0] = "truncated";
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            case 1 -> {
                byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
                // inside a string value when possible: right after an opening quote
                int at = random.nextInt(bytes.length);
                for (int i = at; i < bytes.length; i++) {
                    if (bytes[i] == '"') {
                        at = i + 1;
                        break;
                    }
                }
                named[0] = "invalid UTF-8";
                return splice(bytes, at, bad);
            }
            case 2 -> {
                byte[] flipped = bytes.clone();
                for (int i = 0; i < 1 + random.nextInt(5); i++) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                named[0] = "flipped bytes";
                return flipped;
            }
            case 3 -> {
                named[0] = "not a webhook";
                return List.of("", "null", "[]", "\"text\"", "42", "{", "{}", "\uFEFF{}", "{\"alerts\":[[[[")
                        .get(random.nextInt(9)).getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> {
                named[0] = "byte order mark";
                return splice(bytes, 0, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            default -> {
                named[0] = "trailing garbage";
                return splice(bytes, bytes.length, "}{]".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }
}
