package io.beacon.incident.oncall;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnCallFileDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-11-03T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anEditOnDiskIsPickedUpAtTheNextLookup() throws IOException {
        Path file = write("oncall.yml", onCall("U0ALICE"), 1_000);
        OnCallFileDirectory directory = new OnCallFileDirectory(new FileSystemResource(file));
        assertThat(directory.whoIsOnCall("checkout-api", NOW).responder()).isEqualTo("U0ALICE");

        write("oncall.yml", onCall("U0BOB"), 2_000);

        assertThat(directory.whoIsOnCall("checkout-api", NOW).responder()).isEqualTo("U0BOB");
    }

    @Test
    void anInvalidEditKeepsTheLastValidVersionUntilItIsFixed() throws IOException {
        Path file = write("oncall.yml", onCall("U0ALICE"), 1_000);
        OnCallFileDirectory directory = new OnCallFileDirectory(new FileSystemResource(file));

        write("oncall.yml", onCall("U0ALICE").replace("length: P7D", "length: a week"), 2_000);
        assertThat(directory.whoIsOnCall("checkout-api", NOW).responder()).isEqualTo("U0ALICE");
        assertThat(directory.whoIsOnCall("checkout-api", NOW).channel()).isEqualTo("C0PAYMENTS");

        write("oncall.yml", onCall("U0CAROL"), 3_000);
        assertThat(directory.whoIsOnCall("checkout-api", NOW).responder()).isEqualTo("U0CAROL");
    }

    @Test
    void aDeletedFileKeepsTheLastValidVersion() throws IOException {
        Path file = write("oncall.yml", onCall("U0ALICE"), 1_000);
        OnCallFileDirectory directory = new OnCallFileDirectory(new FileSystemResource(file));

        Files.delete(file);

        assertThat(directory.whoIsOnCall("checkout-api", NOW).responder()).isEqualTo("U0ALICE");
    }

    @Test
    void anInvalidFileStopsStartUp() throws IOException {
        Path file = write("oncall.yml", onCall("U0ALICE").replace("channel: C0SRE", ""), 1_000);

        assertThatThrownBy(() -> new OnCallFileDirectory(new FileSystemResource(file)))
                .isInstanceOf(InvalidOnCallFile.class)
                .hasMessageContaining("teams.sre.channel is missing");
    }

    @Test
    void aMissingFileStopsStartUp() {
        assertThatThrownBy(() -> new OnCallFileDirectory(new FileSystemResource(dir.resolve("nope.yml"))))
                .isInstanceOf(InvalidOnCallFile.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aClasspathFileIsServed() {
        OnCallFileDirectory directory = new OnCallFileDirectory(new ClassPathResource("oncall/valid.yml"));

        assertThat(directory.whoIsOnCall("unknown-service", NOW).team()).isEqualTo("sre");
    }

    private Path write(String name, String content, long modifiedMillis) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modifiedMillis));
        return file;
    }

    private static String onCall(String paymentsResponder) {
        return """
                default-team: sre
                teams:
                  payments:
                    channel: C0PAYMENTS
                    rotation:
                      start: 2026-11-02T09:00:00Z
                      length: P7D
                      responders: [%s]
                  sre:
                    channel: C0SRE
                    rotation: { start: 2026-11-02T09:00:00Z, length: P1D, responders: [U0DAVE] }
                services:
                  checkout-api: payments
                """.formatted(paymentsResponder);
    }
}
