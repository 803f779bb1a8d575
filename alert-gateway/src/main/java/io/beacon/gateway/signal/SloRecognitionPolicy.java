package io.beacon.gateway.signal;

import io.beacon.contracts.SloBreach;

import java.util.Map;

/**
 * Recognises an SLO burn-rate alert and what it says about the SLO, in this order:
 * <ol>
 *   <li>Sloth: label {@code sloth_slo} (with {@code sloth_service}, {@code sloth_severity} page|ticket);</li>
 *   <li>Pyrra: {@code alertname=ErrorBudgetBurn} with label {@code slo} (and {@code long}, {@code short},
 *       {@code exhaustion});</li>
 *   <li>hand-written rules: a plain {@code slo} label;</li>
 * </ol>
 * anything else is not an SLO breach (null).
 *
 * <p>Burn rate: an explicit {@code burn_rate}/{@code burnrate} label or annotation wins, because only the rule
 * knows its own threshold; otherwise it is derived from the windows when they are the Workbook's
 * ({@link AlertingWindow}); otherwise it is unknown.
 */
public final class SloRecognitionPolicy {

    static final String PYRRA_ALERT_NAME = "ErrorBudgetBurn";

    private SloRecognitionPolicy() {
    }

    public static SloBreach recognise(Map<String, String> labels, Map<String, String> annotations) {
        String slothSlo = FirstPresent.in(labels, "sloth_slo");
        if (slothSlo != null) {
            return breach("sloth", slothSlo, labels, annotations);
        }
        String slo = FirstPresent.in(labels, "slo");
        if (slo != null && PYRRA_ALERT_NAME.equals(labels.get("alertname"))) {
            return breach("pyrra", slo, labels, annotations);
        }
        if (slo != null) {
            return breach("labels", slo, labels, annotations);
        }
        return null;
    }

    private static SloBreach breach(String generator, String slo, Map<String, String> labels,
                                    Map<String, String> annotations) {
        String longWindow = FirstPresent.in(labels, "long", "long_window", "window");
        String shortWindow = FirstPresent.in(labels, "short", "short_window");
        Double burnRate = explicitBurnRate(labels, annotations);
        if (burnRate == null) {
            burnRate = AlertingWindow.workbookBurnRate(longWindow, shortWindow).orElse(null);
        }
        String exhaustion = FirstPresent.in(labels, annotations, "exhaustion");
        return new SloBreach(generator, slo, burnRate, longWindow, shortWindow, exhaustion);
    }

    private static Double explicitBurnRate(Map<String, String> labels, Map<String, String> annotations) {
        String written = FirstPresent.in(labels, annotations, "burn_rate", "burnrate");
        if (written == null) {
            return null;
        }
        try {
            double burnRate = Double.parseDouble(written);
            return Double.isFinite(burnRate) && burnRate >= 0 ? burnRate : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
