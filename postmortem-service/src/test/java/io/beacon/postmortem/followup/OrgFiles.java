package io.beacon.postmortem.followup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Org files under src/test/resources/followup, read as the service would. */
final class OrgFiles {

    private OrgFiles() {
    }

    static String text(String name) {
        try (InputStream in = OrgFiles.class.getResourceAsStream("/followup/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test org file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OrgChart chart(String name) {
        return new OrgFileReader().read(name, text(name));
    }
}
