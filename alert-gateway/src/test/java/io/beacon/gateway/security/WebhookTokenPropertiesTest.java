package io.beacon.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookTokenPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TokensOnly.class);

    @Test
    void splitsCommaSeparatedTokensForRotation() {
        context.withPropertyValues("beacon.gateway.tokens= old-secret , new-secret,")
                .run(started -> assertThat(started.getBean(WebhookTokenProperties.class).tokens())
                        .containsExactly("old-secret", "new-secret"));
    }

    @Test
    void startUpFailsWithoutAToken() {
        context.withPropertyValues("beacon.gateway.tokens=")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("ALERT_GATEWAY_TOKEN"));
    }

    @Test
    void startUpFailsWhenOnlyBlankTokensAreGiven() {
        context.withPropertyValues("beacon.gateway.tokens= , ")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .rootCause().hasMessage(WebhookTokenProperties.NO_TOKEN_MESSAGE));
    }

    @Test
    void neverPrintsTheTokens() {
        assertThat(new WebhookTokenProperties(java.util.List.of("s3cr3t")).toString()).doesNotContain("s3cr3t");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WebhookTokenProperties.class)
    static class TokensOnly {
    }
}
