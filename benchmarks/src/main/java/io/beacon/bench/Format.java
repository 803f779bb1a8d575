package io.beacon.bench;

import java.util.Locale;

/** Numbers as the report prints them: a thousands separator, few decimals. */
final class Format {

    private Format() {
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String millis(double seconds) {
        return number(seconds * 1000) + " ms";
    }
}
