package io.beacon.incident.web.slack;

import io.beacon.incident.api.StatusLabel;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The status-update form as a Slack modal view (JSON for {@code views.open}). Every text in it is plain_text, so
 * the incident's title needs no escaping. The incident id travels in {@code private_metadata}.
 */
final class StatusUpdateModal {

    static final String STATUS = "status";
    static final String SUMMARY = "summary";
    static final String IMPACT = "impact";
    static final String NEXT_STEP = "next_step";
    static final String NEXT_UPDATE = "next_update";
    static final int SUMMARY_MAX = 500;
    static final int TEXT_MAX = 2000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StatusUpdateModal() {
    }

    /** @param current the incident's current label, preselected, or null */
    static String view(SlackIncident incident, StatusLabel current, UpdateIntervals intervals) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", "modal");
        view.put("callback_id", SlackActionIds.STATUS_UPDATE_CALLBACK_ID);
        view.put("private_metadata", incident.id());
        view.put("title", plain("Status update"));
        view.put("submit", plain("Post update"));
        view.put("close", plain("Cancel"));
        List<Object> blocks = new ArrayList<>();
        blocks.add(Map.of("type", "section", "text", plain(truncate(incident.reference()
                + (incident.title() == null ? "" : ": " + incident.title()), 3000))));
        blocks.add(input(STATUS, "Status", select(STATUS, labels(), current == null ? null : current.name()), false));
        blocks.add(input(SUMMARY, "Summary: where things stand, in one sentence", text(SUMMARY, false,
                SUMMARY_MAX), false));
        blocks.add(input(IMPACT, "Scope and impact", text(IMPACT, true, TEXT_MAX), true));
        blocks.add(input(NEXT_STEP, "Next step", text(NEXT_STEP, false, TEXT_MAX), true));
        blocks.add(input(NEXT_UPDATE, "Next update in", select(NEXT_UPDATE, intervals(intervals),
                intervals.preselected().toString()), false));
        view.put("blocks", blocks);
        return JSON.writeValueAsString(view);
    }

    private static Map<String, Object> input(String blockId, String label, Map<String, Object> element,
                                             boolean optional) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", "input");
        block.put("block_id", blockId);
        block.put("label", plain(label));
        block.put("optional", optional);
        block.put("element", element);
        return block;
    }

    private static Map<String, Object> text(String actionId, boolean multiline, int max) {
        return Map.of("type", "plain_text_input", "action_id", actionId, "multiline", multiline, "max_length", max);
    }

    private static Map<String, Object> select(String actionId, Map<String, String> options, String initial) {
        Map<String, Object> select = new LinkedHashMap<>();
        select.put("type", "static_select");
        select.put("action_id", actionId);
        select.put("placeholder", plain("Choose"));
        List<Map<String, Object>> rendered = new ArrayList<>();
        options.forEach((value, label) -> rendered.add(Map.of("text", plain(label), "value", value)));
        select.put("options", rendered);
        if (initial != null && options.containsKey(initial)) {
            select.put("initial_option", Map.of("text", plain(options.get(initial)), "value", initial));
        }
        return select;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (StatusLabel label : StatusLabel.values()) {
            labels.put(label.name(), label.label());
        }
        return labels;
    }

    private static Map<String, String> intervals(UpdateIntervals intervals) {
        Map<String, String> options = new LinkedHashMap<>();
        for (Duration choice : intervals.choices()) {
            options.put(choice.toString(), UpdateIntervals.label(choice));
        }
        return options;
    }

    private static Map<String, Object> plain(String text) {
        return Map.of("type", "plain_text", "text", text);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
