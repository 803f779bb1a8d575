package io.beacon.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void nearestRankOfAHundredSamples() {
        List<Integer> samples = java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList();
        assertThat(Percentiles.of(samples, 0.99)).isEqualTo(99);
        assertThat(Percentiles.of(samples, 0.5)).isEqualTo(50);
        assertThat(Percentiles.of(samples, 1.0)).isEqualTo(100);
    }

    @Test
    void orderOfSamplesDoesNotMatter() {
        assertThat(Percentiles.of(List.of(30.0, 10.0, 20.0), 0.5)).isEqualTo(20.0);
        assertThat(Percentiles.of(new double[]{5, 1, 3, 2, 4}, 0.8)).isEqualTo(4.0);
    }

    @Test
    void noSamplesIsNotANumber() {
        assertThat(Percentiles.of(List.<Double>of(), 0.99)).isNaN();
    }
}
