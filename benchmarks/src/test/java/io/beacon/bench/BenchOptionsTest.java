package io.beacon.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    static final String ROOT = Path.of("..").toAbsolutePath().normalize().toString();

    @Test
    void theEmbeddedDefaultAndPostgreSqlKeepTheirOwnReports() {
        BenchOptions embedded = BenchOptions.parse(new String[] {"--root", ROOT}, Map.of());
        BenchOptions postgres = BenchOptions.parse(new String[] {"--root", ROOT, "--database-url",
                "jdbc:postgresql://db/incident", "--database-user", "beacon"}, Map.of());

        assertThat(embedded.database()).isEmpty();
        assertThat(embedded.reportName()).isEqualTo("benchmarks");
        assertThat(postgres.database()).get().extracting(BenchOptions.Database::user).isEqualTo("beacon");
        assertThat(postgres.reportName()).isEqualTo("benchmarks-postgresql");
        assertThat(BenchOptions.parse(new String[] {"--root", ROOT},
                Map.of("BEACON_INCIDENT_DATABASE_URL", "jdbc:postgresql://db/x")).reportName())
                .as("the database from the environment, as ./beacon run reads it").isEqualTo("benchmarks-postgresql");
    }

    @Test
    void aDatabaseOtherThanPostgreSqlIsRefused() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--root", ROOT, "--database-url", "jdbc:h2:mem:x"},
                Map.of())).hasMessageContaining("jdbc:postgresql:");
    }
}
