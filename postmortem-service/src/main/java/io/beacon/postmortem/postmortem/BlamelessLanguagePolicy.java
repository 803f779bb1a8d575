package io.beacon.postmortem.postmortem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Flags write-ups that blame people instead of explaining what let a mistake through. A heuristic, not a judge:
 * its flags can be overridden with a reason when publishing. It checks what people wrote (summary, impact,
 * timeline annotations, contributing factors, what went well, where we got lucky), never the imported incident
 * facts. Four kinds of flag (postmortem-service/README.md lists the defaults):
 * <ol>
 *   <li>a blame phrase ("human error", "forgot to", "blame", ...): case-insensitive, whole words, any section;</li>
 *   <li>"failed to" only after a person-ish subject (a pronoun, "the engineer" and other roles, a Slack mention,
 *       an {@code @name}, a configured name): "the deploy failed to roll back" is about a system and is fine;</li>
 *   <li>"X's mistake" (or fault, oversight, screw-up), any section;</li>
 *   <li>an individual named in a contributing factor: a Slack mention {@code <@U…>}, an {@code @name}, or a
 *       configured name. Naming who did what belongs in the timeline; a factor names a condition.</li>
 * </ol>
 */
public final class BlamelessLanguagePolicy {

    /** A phrase (whole words, any case; an apostrophe also matches a typographic one) and what to write instead. */
    public record Rule(String phrase, String suggestion) {
    }

    static final String GUARDRAIL = "Name the missing guardrail: what let the error reach production?";
    static final String CONDITIONS = "Describe the conditions that made the step easy to get wrong (time pressure, "
            + "unclear tooling, no review), not the person";
    static final String SYSTEMS = "Look for the cause in systems and processes, not people: what would stop anyone "
            + "from making the same mistake?";
    static final String INFORMATION = "Describe what information was missing or hard to find at the time";
    static final String MEMORY = "Describe what the process relied on memory for, and what could check it instead";
    static final String PERSON_FAILED = "Say what the system didn't provide (a check, an alert, a runbook step) "
            + "rather than what a person failed to do";
    static final String NAMED_PERSON = "Name the role and the conditions, not the person (e.g. \"the on-call "
            + "engineer, paged at 3 a.m. without a runbook\"); who did what belongs in the timeline";

    public static final List<Rule> DEFAULT_PHRASES = List.of(
            new Rule("human error", GUARDRAIL),
            new Rule("operator error", GUARDRAIL),
            new Rule("user error", GUARDRAIL),
            new Rule("forgot to", MEMORY),
            new Rule("careless", CONDITIONS),
            new Rule("carelessly", CONDITIONS),
            new Rule("carelessness", CONDITIONS),
            new Rule("sloppy", CONDITIONS),
            new Rule("negligent", CONDITIONS),
            new Rule("negligence", CONDITIONS),
            new Rule("incompetent", CONDITIONS),
            new Rule("didn't bother", CONDITIONS),
            new Rule("did not bother", CONDITIONS),
            new Rule("should have known", INFORMATION),
            new Rule("should've known", INFORMATION),
            new Rule("fault of", SYSTEMS),
            new Rule("at fault", SYSTEMS),
            new Rule("blame", SYSTEMS),
            new Rule("blamed", SYSTEMS),
            new Rule("blaming", SYSTEMS));

    /** Who can "fail to" do something in a way that blames them; systems, deploys and checks can't. */
    private static final String PERSONS = "he|she|they|i|we|you|someone|somebody|the\\s+(?:on-?call\\s+)?"
            + "(?:engineer|developer|dev|operator|on-?call|sre|admin|administrator|responder|reviewer|author"
            + "|deployer|commander|team\\s+member|intern|employee)";
    private static final String SLACK_MENTION = "<@[UW][A-Z0-9]+(?:\\|[^>]*)?>";
    private static final String AT_NAME = "(?<![\\w.@])@[A-Za-z](?:[\\w.-]*\\w)?";
    private static final Pattern POSSESSIVE_BLAME = Pattern.compile(
            "(?<![\\w'’])(?:[\\p{L}][\\p{L}.-]*|" + SLACK_MENTION + ")['’]s\\s+(?:mistake|fault|oversight|screw-?up)"
                    + "(?!\\w)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final List<Compiled> phrases;
    private final Pattern personFailed;
    private final Pattern individual;

    /**
     * @param phrases the blame phrases; {@link #DEFAULT_PHRASES} when null or empty
     * @param names   names of people to flag in contributing factors and before "failed to" (may be empty)
     */
    public BlamelessLanguagePolicy(List<Rule> phrases, List<String> names) {
        List<Rule> rules = phrases == null || phrases.isEmpty() ? DEFAULT_PHRASES : phrases;
        this.phrases = rules.stream().map(Compiled::of).toList();
        String named = names == null ? "" : names.stream().filter(n -> n != null && !n.isBlank())
                .map(n -> "|" + words(n.strip())).collect(Collectors.joining());
        this.personFailed = Pattern.compile("(?<![\\w@])(?:" + PERSONS + "|" + SLACK_MENTION + "|" + AT_NAME
                        + named + ")\\s+(?:had\\s+|has\\s+|have\\s+)?failed\\s+to(?!\\w)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.individual = Pattern.compile(SLACK_MENTION + "|" + AT_NAME
                        + (named.isEmpty() ? "" : "|(?<!\\w)(?:" + named.substring(1) + ")(?!\\w)"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static BlamelessLanguagePolicy defaults() {
        return new BlamelessLanguagePolicy(DEFAULT_PHRASES, List.of());
    }

    /** Every flag in the written sections, in section order; empty when the write-up is blameless. */
    public List<BlamelessFlag> check(PostmortemSections sections) {
        Set<BlamelessFlag> flags = new LinkedHashSet<>();
        text(flags, "summary", sections.summary(), false);
        text(flags, "impact", sections.impact(), false);
        entries(flags, "timelineAnnotations", sections.timelineAnnotations(), false);
        entries(flags, "contributingFactors", sections.contributingFactors(), true);
        text(flags, "whatWentWell", sections.whatWentWell(), false);
        text(flags, "whereWeGotLucky", sections.whereWeGotLucky(), false);
        return List.copyOf(flags);
    }

    private void entries(Set<BlamelessFlag> flags, String section, List<String> entries, boolean factors) {
        if (entries != null) {
            for (int i = 0; i < entries.size(); i++) {
                text(flags, section + "[" + i + "]", entries.get(i), factors);
            }
        }
    }

    private void text(Set<BlamelessFlag> flags, String section, String text, boolean factor) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (Compiled phrase : phrases) {
            find(flags, section, phrase.pattern, text, phrase.rule.suggestion());
        }
        find(flags, section, personFailed, text, PERSON_FAILED);
        find(flags, section, POSSESSIVE_BLAME, text, SYSTEMS);
        if (factor) {
            find(flags, section, individual, text, NAMED_PERSON);
        }
    }

    private static void find(Set<BlamelessFlag> flags, String section, Pattern pattern, String text,
                             String suggestion) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            flags.add(new BlamelessFlag(section, matcher.group(), suggestion));
        }
    }

    /** A phrase as a pattern: its words in order, any whitespace between, apostrophes of either kind. */
    private static String words(String phrase) {
        List<String> parts = new ArrayList<>();
        for (String word : phrase.strip().split("\\s+")) {
            parts.add(Pattern.quote(word).replace("'", "\\E['’]\\Q"));
        }
        return String.join("\\s+", parts);
    }

    private record Compiled(Rule rule, Pattern pattern) {
        static Compiled of(Rule rule) {
            if (rule.phrase() == null || rule.phrase().isBlank()) {
                throw new IllegalArgumentException("A blameless rule needs a phrase");
            }
            return new Compiled(rule, Pattern.compile("(?<![\\w'’])" + words(rule.phrase()) + "(?![\\w'’])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }
}
