package io.beacon.bench;

import io.beacon.testkit.PrometheusScrape;

import java.util.Map;

/**
 * The two stages of a first page ({@link Metrics#PAGE_STAGE}): alert received → incident declared ({@code open}) and
 * declared → Slack accepted ({@code deliver}), as histograms, narrowed to one scenario with {@link #since}.
 */
record PageStages(BucketHistogram open, BucketHistogram deliver) {

    static PageStages of(PrometheusScrape scrape) {
        return new PageStages(Metrics.histogram(scrape, Metrics.PAGE_STAGE, Map.of("stage", "open")),
                Metrics.histogram(scrape, Metrics.PAGE_STAGE, Map.of("stage", "deliver")));
    }

    PageStages since(PageStages before) {
        return new PageStages(open.since(before.open), deliver.since(before.deliver));
    }

    /** The report's note: each stage's p50 and p99. */
    String note() {
        return "Page latency by stage (" + Metrics.PAGE_STAGE + ", " + (int) open.count() + " first pages): "
                + "alert received → incident declared p50 " + Format.millis(open.quantile(0.5)) + ", p99 "
                + Format.millis(open.quantile(0.99)) + "; declared → Slack accepted the page p50 "
                + Format.millis(deliver.quantile(0.5)) + ", p99 " + Format.millis(deliver.quantile(0.99)) + ".";
    }
}
