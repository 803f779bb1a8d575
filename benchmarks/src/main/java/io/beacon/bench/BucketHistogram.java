package io.beacon.bench;

import io.beacon.testkit.PrometheusScrape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Prometheus histogram ({@code <name>_bucket{le}}, cumulative counts) read from one scrape. Two scrapes subtract
 * ({@link #since}) so a scenario sees only its own observations; quantiles interpolate inside a bucket as PromQL's
 * {@code histogram_quantile} does, so a figure here is what a dashboard would show.
 */
record BucketHistogram(List<Bucket> buckets) {

    /** Observations at or below {@code le} seconds (cumulative). */
    record Bucket(double le, double count) {
    }

    static final BucketHistogram EMPTY = new BucketHistogram(List.of());

    /** Sums the buckets of every series of {@code name} whose labels include {@code labels}. */
    static BucketHistogram of(PrometheusScrape scrape, String name, Map<String, String> labels) {
        TreeMap<Double, Double> byBound = new TreeMap<>();
        for (PrometheusScrape.Sample s : scrape.series(name + "_bucket", labels)) {
            String le = s.labels().get("le");
            if (le != null) {
                double bound = "+Inf".equals(le) ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                byBound.merge(bound, s.value(), Double::sum);
            }
        }
        List<Bucket> buckets = new ArrayList<>();
        byBound.forEach((le, count) -> buckets.add(new Bucket(le, count)));
        return new BucketHistogram(List.copyOf(buckets));
    }

    /** What was observed after {@code earlier} was scraped. */
    BucketHistogram since(BucketHistogram earlier) {
        Map<Double, Double> before = new TreeMap<>();
        earlier.buckets.forEach(b -> before.put(b.le(), b.count()));
        return new BucketHistogram(buckets.stream()
                .map(b -> new Bucket(b.le(), b.count() - before.getOrDefault(b.le(), 0.0)))
                .sorted(Comparator.comparingDouble(Bucket::le)).toList());
    }

    double count() {
        return buckets.isEmpty() ? 0 : buckets.getLast().count();
    }

    /** The {@code q}-quantile in seconds, linearly interpolated within its bucket; NaN without observations. */
    double quantile(double q) {
        double total = count();
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Bucket b : buckets) {
            if (b.count() >= rank) {
                if (Double.isInfinite(b.le())) {
                    return lowerBound; // above the largest finite bucket: PromQL answers that bucket's bound
                }
                double inBucket = b.count() - lowerCount;
                return inBucket <= 0 ? b.le() : lowerBound + (b.le() - lowerBound) * (rank - lowerCount) / inBucket;
            }
            lowerBound = b.le();
            lowerCount = b.count();
        }
        return lowerBound;
    }

    /** Whether the {@code q}-quantile lies beyond the largest finite bucket ({@link #quantile} then answers that bound). */
    boolean beyondLastBucket(double q) {
        double total = count();
        double finite = buckets.stream().filter(b -> Double.isFinite(b.le())).mapToDouble(Bucket::count).max().orElse(0);
        return total > 0 && finite < q * total;
    }

    /** The upper bound of the highest bucket that holds an observation: no observation is larger. */
    double maxBound() {
        double previous = 0;
        double bound = 0;
        for (Bucket b : buckets) {
            if (b.count() > previous) {
                bound = b.le();
            }
            previous = b.count();
        }
        return bound;
    }
}
