package io.beacon.contracts;

/**
 * What the signal says about an SLO, when it is an SLO burn-rate alert.
 *
 * @param generator  the rule generator that recognised it: {@code sloth}, {@code pyrra} or {@code labels}
 * @param slo        the SLO's name, e.g. {@code requests-availability}
 * @param burnRate   how fast the error budget burns relative to plan (1 = on budget); null when unknown
 * @param longWindow the long alerting window, e.g. {@code 1h}; null when unknown
 * @param shortWindow the short alerting window, e.g. {@code 5m}; null when unknown
 * @param exhaustion when the budget runs out at this rate, as the source wrote it (Pyrra); null when unknown
 */
public record SloBreach(
        String generator,
        String slo,
        Double burnRate,
        String longWindow,
        String shortWindow,
        String exhaustion) {
}
