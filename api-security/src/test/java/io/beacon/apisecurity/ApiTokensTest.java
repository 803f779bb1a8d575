package io.beacon.apisecurity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiTokensTest {

    @Test
    void eachEntryNamesASubjectARoleAndAToken() {
        ApiTokens tokens = ApiTokens.parse(" alice:commander:s3cret , ops-bot:Responder:t0ken,boss:manager:a+b/c==");

        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.authenticate("s3cret")).contains(new ApiCaller("alice", ApiRole.COMMANDER));
        assertThat(tokens.authenticate("t0ken")).contains(new ApiCaller("ops-bot", ApiRole.RESPONDER));
        assertThat(tokens.authenticate("a+b/c==")).contains(new ApiCaller("boss", ApiRole.MANAGER));
    }

    @Test
    void unknownPartialOrMissingTokensAuthenticateNobody() {
        ApiTokens tokens = ApiTokens.parse("alice:commander:s3cret");

        assertThat(tokens.authenticate("s3cre")).isEmpty();
        assertThat(tokens.authenticate("s3cret2")).isEmpty();
        assertThat(tokens.authenticate("alice")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
    }

    @Test
    void aSubjectMayHoldSeveralTokensWhileOneIsRotated() {
        ApiTokens tokens = ApiTokens.parse("alice:commander:old-one,alice:commander:new-one");

        assertThat(tokens.authenticate("old-one")).contains(tokens.authenticate("new-one").orElseThrow());
    }

    @Test
    void noTokensMeansNobodyIsAuthenticated() {
        assertThat(ApiTokens.parse(null).isEmpty()).isTrue();
        assertThat(ApiTokens.parse("  ").isEmpty()).isTrue();
        assertThat(ApiTokens.parse("").authenticate("")).isEmpty();
    }

    @Test
    void aMalformedEntryFailsNamingItsPositionButNeverItsContent() {
        assertRefused("alice:commander:s3cret,bob-without-role-S3CRET", "entry 2 of 2 is not subject:role:token");
        assertRefused("alice:admin:S3CRET", "entry 1 of 1: the role must be one of responder, commander, manager");
        assertRefused("S3CRET:commander:", "entry 1 of 1: the token must be");
        assertRefused("al ice:commander:S3CRET", "entry 1 of 1: the subject");
        assertRefused("alice:commander:S3CRET,,bob:manager:x", "entry 2 of 3 is not");
        assertRefused("alice:commander:with:colon-S3CRET", "entry 1 of 1: the token must be");
    }

    @Test
    void theSameTokenForTwoEntriesIsRefused() {
        assertRefused("alice:commander:S3CRET,bob:responder:S3CRET", "entries 1 and 2 have the same token");
    }

    @Test
    void printingTheTokensRevealsNothing() {
        assertThat(ApiTokens.parse("alice:commander:S3CRET").toString()).doesNotContain("S3CRET", "alice");
        assertThat(new ApiProperties("alice:commander:S3CRET", false).toString()).doesNotContain("S3CRET");
    }

    private static void assertRefused(String configured, String message) {
        assertThatThrownBy(() -> ApiTokens.parse(configured))
                .isInstanceOf(ApiTokens.InvalidApiTokens.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining("S3CRET")
                .hasMessageNotContaining("alice");
    }
}
