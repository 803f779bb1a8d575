package io.beacon.bench;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of raw samples (nearest rank), for what the benchmark times itself. */
final class Percentiles {

    private Percentiles() {
    }

    /** The {@code q}-quantile (0..1) by nearest rank; NaN for no samples. */
    static double of(Collection<? extends Number> samples, double q) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = samples.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        return ofSorted(sorted, q);
    }

    static double of(double[] samples, double q) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, q);
    }

    private static double ofSorted(double[] sorted, double q) {
        if (q < 0 || q > 1) {
            throw new IllegalArgumentException("quantile must be within 0..1: " + q);
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
