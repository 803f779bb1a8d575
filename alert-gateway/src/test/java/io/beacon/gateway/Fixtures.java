package io.beacon.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Webhook bodies kept as JSON files under src/test/resources/webhooks. */
public final class Fixtures {

    public static final String SLOTH_PAGE = "webhooks/sloth-page.json";
    public static final String PYRRA_ERROR_BUDGET_BURN = "webhooks/pyrra-error-budget-burn.json";

    private Fixtures() {
    }

    public static String read(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
