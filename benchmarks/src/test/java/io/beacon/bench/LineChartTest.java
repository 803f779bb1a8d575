package io.beacon.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineChartTest {

    @Test
    void writesAPngThatReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plots/latency.png");
        new LineChart("Latency", "seconds", "ms", List.of(new LineChart.Point(0, 12), new LineChart.Point(5, 80),
                new LineChart.Point(10, 40)), 100.0, "goal").writePng(file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(480);
    }

    @Test
    void anEmptySeriesStillDrawsItsAxes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.png");
        new LineChart("Nothing measured", "x", "y", List.of(), null, null).writePng(file);
        assertThat(ImageIO.read(file.toFile())).isNotNull();
    }

    @Test
    void axesEndOnARoundNumber() {
        assertThat(LineChart.niceMax(87)).isEqualTo(100);
        assertThat(LineChart.niceMax(130)).isEqualTo(200);
        assertThat(LineChart.niceMax(2100)).isEqualTo(5000);
        assertThat(LineChart.niceMax(0)).isEqualTo(1);
    }
}
