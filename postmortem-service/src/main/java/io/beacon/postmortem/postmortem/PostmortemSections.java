package io.beacon.postmortem.postmortem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The parts of a postmortem people write. As an edit, a null part is left as it was (an empty list clears one).
 *
 * @param timelineAnnotations free-text notes on the imported timeline, one per entry
 * @param contributingFactors the 5 Whys: each answer a step deeper than the one before
 */
public record PostmortemSections(
        String summary,
        String impact,
        List<String> timelineAnnotations,
        List<String> contributingFactors,
        String whatWentWell,
        String whereWeGotLucky) {

    public static final PostmortemSections EMPTY = new PostmortemSections(null, null, null, null, null, null);
    static final int MAX_TEXT = 10_000;
    static final int MAX_ENTRIES = 50;
    static final int MAX_ENTRY = 2_000;

    public PostmortemSections {
        timelineAnnotations = timelineAnnotations == null ? null : List.copyOf(timelineAnnotations);
        contributingFactors = contributingFactors == null ? null : List.copyOf(contributingFactors);
    }

    /** Nothing given at all: as an edit, a mistake (a misspelt field name, say). */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** These sections with every part that {@code edit} gives replaced. */
    public PostmortemSections with(PostmortemSections edit) {
        return new PostmortemSections(
                pick(edit, PostmortemSections::summary), pick(edit, PostmortemSections::impact),
                pick(edit, PostmortemSections::timelineAnnotations), pick(edit, PostmortemSections::contributingFactors),
                pick(edit, PostmortemSections::whatWentWell), pick(edit, PostmortemSections::whereWeGotLucky));
    }

    private <T> T pick(PostmortemSections edit, Function<PostmortemSections, T> part) {
        T edited = part.apply(edit);
        return edited != null ? edited : part.apply(this);
    }

    /** What is wrong with this as an edit (too long, too many entries, blank entries); empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        text(problems, "summary", summary);
        text(problems, "impact", impact);
        entries(problems, "timelineAnnotations", timelineAnnotations);
        entries(problems, "contributingFactors", contributingFactors);
        text(problems, "whatWentWell", whatWentWell);
        text(problems, "whereWeGotLucky", whereWeGotLucky);
        return problems;
    }

    private static void text(List<String> problems, String name, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(name + " is longer than " + MAX_TEXT + " characters");
        }
    }

    private static void entries(List<String> problems, String name, List<String> values) {
        if (values == null) {
            return;
        }
        if (values.size() > MAX_ENTRIES) {
            problems.add(name + " has more than " + MAX_ENTRIES + " entries");
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                problems.add(name + "[" + i + "] is blank");
            } else if (value.length() > MAX_ENTRY) {
                problems.add(name + "[" + i + "] is longer than " + MAX_ENTRY + " characters");
            }
        }
    }
}
