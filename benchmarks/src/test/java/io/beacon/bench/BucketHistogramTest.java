package io.beacon.bench;

import io.beacon.testkit.PrometheusScrape;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BucketHistogramTest {

    private static PrometheusScrape scrape(double le01, double le02, double le05, double inf) {
        String text = """
                # TYPE beacon_page_latency_seconds histogram
                beacon_page_latency_seconds_bucket{le="0.1"} %s
                beacon_page_latency_seconds_bucket{le="0.2"} %s
                beacon_page_latency_seconds_bucket{le="0.5"} %s
                beacon_page_latency_seconds_bucket{le="+Inf"} %s
                beacon_page_latency_seconds_count %s
                """.formatted(le01, le02, le05, inf, inf);
        return new PrometheusScrape(200, text, parse(text));
    }

    private static List<PrometheusScrape.Sample> parse(String text) {
        return text.lines().filter(l -> !l.startsWith("#")).map(l -> {
            String name = l.substring(0, l.indexOf(l.contains("{") ? '{' : ' '));
            Map<String, String> labels = l.contains("le=\"")
                    ? Map.of("le", l.substring(l.indexOf("le=\"") + 4, l.indexOf("\"}"))) : Map.of();
            return new PrometheusScrape.Sample(name, labels, Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)));
        }).toList();
    }

    @Test
    void quantileInterpolatesWithinTheBucketAsPromQlDoes() {
        BucketHistogram h = BucketHistogram.of(scrape(50, 90, 100, 100), Metrics.PAGE_LATENCY, Map.of());
        assertThat(h.count()).isEqualTo(100);
        assertThat(h.quantile(0.5)).isCloseTo(0.1, within(1e-9));
        assertThat(h.quantile(0.7)).isCloseTo(0.15, within(1e-9));
        assertThat(h.quantile(0.99)).isCloseTo(0.2 + 0.3 * 9 / 10, within(1e-9));
        assertThat(h.maxBound()).isEqualTo(0.5);
    }

    @Test
    void aLaterScrapeMinusAnEarlierOneHoldsOnlyWhatHappenedBetween() {
        BucketHistogram before = BucketHistogram.of(scrape(50, 90, 100, 100), Metrics.PAGE_LATENCY, Map.of());
        BucketHistogram after = BucketHistogram.of(scrape(55, 97, 110, 110), Metrics.PAGE_LATENCY, Map.of());
        BucketHistogram between = after.since(before);
        assertThat(between.count()).isEqualTo(10);
        assertThat(between.quantile(0.5)).isCloseTo(0.1, within(1e-9));
        assertThat(between.maxBound()).isEqualTo(0.5);
    }

    @Test
    void aQuantileBeyondTheLargestFiniteBucketIsSaidToBe() {
        BucketHistogram h = BucketHistogram.of(scrape(0, 0, 90, 100), Metrics.PAGE_LATENCY, Map.of());
        assertThat(h.quantile(0.99)).isEqualTo(0.5);
        assertThat(h.beyondLastBucket(0.99)).isTrue();
        assertThat(h.beyondLastBucket(0.9)).isFalse();
    }

    @Test
    void noObservationsHaveNoQuantile() {
        assertThat(BucketHistogram.EMPTY.quantile(0.99)).isNaN();
        assertThat(BucketHistogram.EMPTY.maxBound()).isZero();
    }
}
