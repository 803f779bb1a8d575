package io.beacon.gateway.signal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Burn rates implied by a multiwindow alert's windows, for the Google SRE Workbook's 30-day recipe only:
 * 1 h / 5 m pages at 14.4, 6 h / 30 m at 6, 3 d / 6 h tickets at 1. Any other pair of windows implies nothing we
 * can state honestly (other generators scale thresholds differently), so no burn rate is derived from it.
 */
final class AlertingWindow {

    private static final Map<WindowPair, Double> WORKBOOK_BURN_RATES = Map.of(
            new WindowPair(Duration.ofHours(1), Duration.ofMinutes(5)), 14.4,
            new WindowPair(Duration.ofHours(6), Duration.ofMinutes(30)), 6.0,
            new WindowPair(Duration.ofDays(3), Duration.ofHours(6)), 1.0);

    /** Prometheus duration syntax: one or more number-unit parts, largest unit first, e.g. {@code 1h30m}, {@code 3d}. */
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|y|w|d|h|m|s)");

    private AlertingWindow() {
    }

    static Optional<Double> workbookBurnRate(String longWindow, String shortWindow) {
        Optional<Duration> longDuration = parse(longWindow);
        Optional<Duration> shortDuration = parse(shortWindow);
        if (longDuration.isEmpty() || shortDuration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(WORKBOOK_BURN_RATES.get(new WindowPair(longDuration.get(), shortDuration.get())));
    }

    /** Parses {@code 1h}, {@code 60m}, {@code 1h0m0s} alike, so that equal windows compare equal however written. */
    static Optional<Duration> parse(String window) {
        if (window == null || window.isBlank()) {
            return Optional.empty();
        }
        Matcher part = PART.matcher(window.strip());
        Duration total = Duration.ZERO;
        int end = 0;
        while (part.find() && part.start() == end) {
            total = total.plus(unit(part.group(2)).multipliedBy(Long.parseLong(part.group(1))));
            end = part.end();
        }
        return end == window.strip().length() && !total.isZero() ? Optional.of(total) : Optional.empty();
    }

    private static Duration unit(String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(1);
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            case "w" -> Duration.ofDays(7);
            case "y" -> Duration.ofDays(365);
            default -> throw new IllegalArgumentException("Unknown duration unit " + unit);
        };
    }

    private record WindowPair(Duration longWindow, Duration shortWindow) {
    }
}
