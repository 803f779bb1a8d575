package io.beacon.gateway.security;

import io.beacon.gateway.security.WebhookTokens.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookTokensTest {

    private final WebhookTokens tokens = new WebhookTokens(List.of("old-secret", "new-secret"));

    @Test
    void acceptsEachTokenOfARotation() {
        assertThat(tokens.check("Bearer old-secret")).isEqualTo(Verdict.ACCEPTED);
        assertThat(tokens.check("Bearer new-secret")).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertThat(tokens.check("bearer new-secret")).isEqualTo(Verdict.ACCEPTED);
        assertThat(tokens.check("BEARER  new-secret ")).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void rejectsAWrongOrPartialToken() {
        assertThat(tokens.check("Bearer new-secre")).isEqualTo(Verdict.REJECTED);
        assertThat(tokens.check("Bearer new-secret2")).isEqualTo(Verdict.REJECTED);
        assertThat(tokens.check("Bearer NEW-SECRET")).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void aMissingHeaderOrAnotherSchemeIsMissing() {
        assertThat(tokens.check(null)).isEqualTo(Verdict.MISSING);
        assertThat(tokens.check("")).isEqualTo(Verdict.MISSING);
        assertThat(tokens.check("Bearer ")).isEqualTo(Verdict.MISSING);
        assertThat(tokens.check("Basic b2xkLXNlY3JldA==")).isEqualTo(Verdict.MISSING);
        assertThat(tokens.check("new-secret")).isEqualTo(Verdict.MISSING);
    }
}
