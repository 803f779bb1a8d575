package io.beacon.slack.delivery;

import com.slack.api.methods.response.users.UsersLookupByEmailResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code <beacon-user:VALUE>} placeholders, written by renderers that know a person only by the on-call
 * file's id or email, with a Slack mention at send time: {@code <@U…>} for a user id or an email Slack knows
 * ({@code users.lookupByEmail}, remembered for ten minutes, unknown ones too), otherwise the escaped email followed
 * by " (not found in Slack)". Only the literal placeholder is recognised: a serializer that writes {@code <} in
 * blocks JSON as a unicode escape hides it, so renderers must emit blocks with a literal {@code <}.
 */
final class MentionResolver {

    static final Duration CACHE_TIME = Duration.ofMinutes(10);
    private static final Pattern PLACEHOLDER = Pattern.compile("<beacon-user:([^<>\\s\"]+)>");
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

    private record Lookup(String userId, Instant expires) {
    }

    private final SlackMethods methods;
    private final Clock clock;
    private final Map<String, Lookup> byEmail = new ConcurrentHashMap<>();

    MentionResolver(SlackMethods methods, Clock clock) {
        this.methods = methods;
        this.clock = clock;
    }

    String inText(String text) {
        return replace(text, false);
    }

    String inBlocksJson(String blocksJson) {
        return replace(blocksJson, true);
    }

    /** A Slack user id for an id or email, if Slack knows one. */
    Optional<String> userId(String value) {
        if (USER_ID.matcher(value).matches()) {
            return Optional.of(value);
        }
        if (!value.contains("@")) {
            return Optional.empty();
        }
        String email = value.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Lookup cached = byEmail.get(email);
        if (cached == null || cached.expires().isBefore(now)) {
            UsersLookupByEmailResponse found = SlackCalls.call("users.lookupByEmail",
                    () -> methods.usersLookupByEmail(r -> r.email(value)));
            if (!found.isOk() && !"users_not_found".equals(found.getError())) {
                throw new SlackCalls.Abort(SlackCalls.failure(found));
            }
            String id = found.isOk() && found.getUser() != null ? found.getUser().getId() : null;
            cached = new Lookup(id, now.plus(CACHE_TIME));
            byEmail.put(email, cached);
        }
        return Optional.ofNullable(cached.userId());
    }

    private String replace(String text, boolean json) {
        if (text == null || !text.contains("<beacon-user:")) {
            return text;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String value = matcher.group(1);
            String mention = userId(value).map(id -> "<@" + id + ">")
                    .orElseGet(() -> escape(value) + " (not found in Slack)");
            matcher.appendReplacement(out, Matcher.quoteReplacement(json ? jsonEscape(mention) : mention));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String escape(String untrusted) {
        return untrusted.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
