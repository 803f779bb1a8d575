package io.beacon.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Puts untrusted text into Slack mrkdwn safely. Mentions and links all start with {@code <} ({@code <!channel>},
 * {@code <@U123>}, {@code <https://x|y>}), so escaping {@code & < >} neutralises them; nothing else needs escaping.
 */
public final class SlackText {

    public static final String ELLIPSIS = "…";

    private SlackText() {
    }

    public static String escape(String untrusted) {
        if (untrusted == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(untrusted.length() + 16);
        for (int i = 0; i < untrusted.length(); i++) {
            char c = untrusted.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Escapes, then shortens to at most {@code max} characters without cutting an entity or a surrogate pair. */
    public static String escape(String untrusted, int max) {
        String escaped = escape(untrusted);
        if (escaped.length() <= max) {
            return escaped;
        }
        int end = max - ELLIPSIS.length();
        int amp = escaped.lastIndexOf('&', end - 1);
        if (amp >= 0 && escaped.indexOf(';', amp) >= end) {
            end = amp;
        }
        return cut(escaped, end) + ELLIPSIS;
    }

    /** Shortens text that needs no escaping (plain_text, or mrkdwn already built) to at most {@code max} characters. */
    public static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return cut(text, max - ELLIPSIS.length()) + ELLIPSIS;
    }

    /** A mrkdwn link when {@code url} is an absolute http(s) URL; anything else (javascript:, slack://…) is no link. */
    public static Optional<String> link(String url, String label) {
        if (url == null || url.length() > 2000) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return Optional.empty();
            }
            String target = escape(uri.toASCIIString()).replace("|", "%7C");
            return Optional.of("<" + target + "|" + escape(label) + ">");
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
    }

    private static String cut(String text, int end) {
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(end, 0));
    }
}
