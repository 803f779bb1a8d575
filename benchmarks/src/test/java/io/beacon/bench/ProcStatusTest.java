package io.beacon.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcStatusTest {

    @Test
    void readsResidentSetSizeInBytes() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmRSS:\t  524288 kB\nRssAnon:\t 500000 kB\n";
        assertThat(ProcStatus.parseVmRss(status)).isEqualTo(512L * 1024 * 1024);
    }

    @Test
    void noRssLineIsZero() {
        assertThat(ProcStatus.parseVmRss("Name:\tkthreadd\n")).isZero();
    }
}
