package io.beacon.incident.notification.slack;

import java.text.Normalizer;
import java.util.Locale;

/**
 * An incident channel's name, readable in the sidebar: {@code inc-42-checkout-api}. Slack allows at most 80
 * characters of lowercase letters, digits, hyphens and underscores; the reference always survives, accents are
 * dropped (é → e), anything else becomes a hyphen and the service part is cut to fit.
 */
final class SlackChannelName {

    static final int MAX = 80;

    private SlackChannelName() {
    }

    static String of(long number, String service) {
        String prefix = "inc-" + number;
        String part = sanitise(service);
        int room = MAX - prefix.length() - 1;
        if (part.length() > room) {
            part = trimHyphens(part.substring(0, Math.max(room, 0)));
        }
        return part.isEmpty() ? prefix : prefix + "-" + part;
    }

    private static String sanitise(String service) {
        if (service == null) {
            return "";
        }
        String ascii = Normalizer.normalize(service, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String name = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("-{2,}", "-");
        return trimHyphens(name);
    }

    private static String trimHyphens(String name) {
        return name.replaceAll("^[-_]+|[-_]+$", "");
    }
}
