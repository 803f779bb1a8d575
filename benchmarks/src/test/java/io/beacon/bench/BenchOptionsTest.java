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

    @Test
    void onlyRunsTheNamedScenariosAndKeepsItsReportOutOfDocs() {
        BenchOptions whole = BenchOptions.parse(new String[] {"--root", ROOT}, Map.of());
        BenchOptions flood = BenchOptions.parse(new String[] {"--root", ROOT, "--only", "flood,storm",
                "--flood-services", "3000", "--quick"}, Map.of());

        assertThat(BenchOptions.SCENARIOS).allMatch(whole::runs);
        assertThat(whole.partial()).isFalse();
        assertThat(whole.reportFolder()).isEqualTo(Path.of(ROOT, "docs"));
        assertThat(BenchOptions.SCENARIOS.stream().filter(flood::runs)).containsExactly("storm", "flood");
        assertThat(flood.partial()).isTrue();
        assertThat(flood.partialSuffix()).isEqualTo("; only storm, flood (--only)");
        assertThat(whole.partialSuffix()).isEmpty();
        assertThat(flood.reportFolder()).isEqualTo(Path.of(ROOT, "benchmarks/target/bench"));
        assertThat(flood.sizes().name()).isEqualTo("quick");
        assertThat(flood.sizes().floodServices()).as("--flood-services holds whatever set --quick picks")
                .isEqualTo(3000);
        assertThat(whole.sizes().floodServices()).isEqualTo(10_000);
    }

    @Test
    void aQuickRunOfTheWholeSetKeepsItsReportOutOfDocsToo() {
        BenchOptions quick = BenchOptions.parse(new String[] {"--root", ROOT, "--quick"}, Map.of());

        assertThat(quick.partial()).isFalse();
        assertThat(quick.reportFolder()).as("README quotes docs/: a short try must not replace it")
                .isEqualTo(Path.of(ROOT, "benchmarks/target/bench"));
    }

    @Test
    void anUnknownScenarioOrANonsenseFloodSizeIsRefusedWithWhatWouldDo() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--root", ROOT, "--only", "storm,flod"}, Map.of()))
                .hasMessageContaining("no scenario flod").hasMessageContaining("storm,intake,gateway,flood");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--root", ROOT, "--only", ","}, Map.of()))
                .hasMessageContaining("--only needs");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--root", ROOT, "--flood-services", "0"}, Map.of()))
                .hasMessageContaining("positive whole number, was 0");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--root", ROOT, "--flood-services", "ten"},
                Map.of())).hasMessageContaining("was ten");
    }
}
