package io.beacon.incident.oncall;

import io.beacon.incident.api.Rotation;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OnCallFileReaderTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T10:00:00Z");
    private final OnCallFileReader reader = new OnCallFileReader();

    @Test
    void aListedServicePagesItsTeam() {
        OnCallSchedule schedule = read("valid.yml");

        assertThat(schedule.assignmentFor("checkout-api", MONDAY))
                .isEqualTo(new OnCallAssignment("checkout-api", "payments", "U0ALICE", "C0PAYMENTS"));
        assertThat(schedule.assignmentFor("checkout-api", MONDAY.plusSeconds(7 * 86_400)).responder())
                .isEqualTo("bob@example.com");
    }

    @Test
    void anUnknownServicePagesTheDefaultTeam() {
        assertThat(read("valid.yml").assignmentFor("search-api", MONDAY))
                .isEqualTo(new OnCallAssignment("search-api", "sre", "U0CAROL", "C0SRE"));
        assertThat(read("valid.yml").assignmentFor(null, MONDAY).team()).isEqualTo("sre");
    }

    @Test
    void aServiceOwnedByAnUndefinedTeamIsRefused() {
        assertProblems("unknown-team.yml", "services.checkout-api names unknown team 'payments'");
    }

    @Test
    void theDefaultTeamIsRequired() {
        assertProblems("missing-default-team.yml", "default-team is missing");
    }

    @Test
    void theDefaultTeamMustBeDefined() {
        assertProblems("undefined-default-team.yml", "default-team 'platform' is not defined under teams");
    }

    @Test
    void aRotationNeedsResponders() {
        assertProblems("empty-responders.yml", "teams.sre.rotation.responders is missing or empty");
    }

    @Test
    void aRotationLengthMustBeAnIsoDuration() {
        assertProblems("bad-duration.yml", "teams.sre.rotation.length: '1 week' is not an ISO-8601 duration");
    }

    @Test
    void aTeamNeedsAChannel() {
        assertProblems("missing-channel.yml", "teams.sre.channel is missing");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidOnCallFile invalid = catchThrowableOfType(InvalidOnCallFile.class, () -> read("many-problems.yml"));

        assertThat(invalid.problems()).hasSize(6).anySatisfy(p -> assertThat(p).startsWith("teams.sre.chanel: unknown key"))
                .anySatisfy(p -> assertThat(p).startsWith("teams.sre.channel is missing"))
                .anySatisfy(p -> assertThat(p).startsWith("teams.sre.rotation.start: 'next monday' is not an instant"))
                .anySatisfy(p -> assertThat(p).startsWith("teams.sre.rotation.length: 'P1M' is not an ISO-8601"))
                .anySatisfy(p -> assertThat(p).startsWith("teams.sre.rotation.responders: 'carol' is neither"))
                .anySatisfy(p -> assertThat(p).startsWith("services.checkout-api names unknown team 'payments'"));
        assertThat(invalid).hasMessageContaining("many-problems.yml").hasMessageContaining("\n  - ");
    }

    @Test
    void weeksAreAcceptedAsSevenDays() {
        String yaml = """
                default-team: sre
                teams:
                  sre: { channel: C0SRE, rotation: { start: 2026-11-02T09:00:00Z, length: P2W, responders: [U0A, U0B] } }
                """;
        OnCallSchedule schedule = reader.read("inline", yaml);

        assertThat(schedule.assignmentFor("x", MONDAY.plusSeconds(13 * 86_400)).responder()).isEqualTo("U0A");
        assertThat(schedule.assignmentFor("x", MONDAY.plusSeconds(14 * 86_400)).responder()).isEqualTo("U0B");
    }

    @Test
    void aZeroLengthRotationIsRefused() {
        String yaml = """
                default-team: sre
                teams:
                  sre: { channel: C0SRE, rotation: { start: 2026-11-02T09:00:00Z, length: PT0S, responders: [U0A] } }
                """;
        assertThatThrownBy(() -> reader.read("inline", yaml))
                .isInstanceOf(InvalidOnCallFile.class)
                .hasMessageContaining("teams.sre.rotation.length: 'PT0S' must be longer than zero");
    }

    @Test
    void somethingThatIsNotYamlIsRefused() {
        assertThatThrownBy(() -> reader.read("inline", "teams: [unclosed"))
                .isInstanceOf(InvalidOnCallFile.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void theSampleShippedWithTheServiceIsValid() throws IOException {
        String sample = new ClassPathResource("oncall.yml").getContentAsString(StandardCharsets.UTF_8);

        assertThat(reader.read("oncall.yml", sample).assignmentFor("checkout-api", MONDAY).team())
                .isEqualTo("payments");
    }

    private void assertProblems(String file, String expected) {
        InvalidOnCallFile invalid = catchThrowableOfType(InvalidOnCallFile.class, () -> read(file));

        assertThat(invalid).as("reading %s", file).isNotNull();
        assertThat(invalid.problems()).as("problems in %s", file).hasSize(1);
        assertThat(invalid.problems().getFirst()).startsWith(expected);
    }

    private OnCallSchedule read(String file) {
        try {
            return reader.read(file, new ClassPathResource("oncall/" + file).getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
