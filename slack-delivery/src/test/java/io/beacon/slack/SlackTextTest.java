package io.beacon.slack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlackTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"<!channel>", "<!here>", "<!everyone>", "<@U0123ABC>", "<#C0123>", "<!subteam^S1>",
            "<https://evil.example.com|runbook>", "<!date^1392734382^{date}|x>"})
    void mentionsAndLinksInAlertTextAreNeutralised(String attack) {
        String escaped = SlackText.escape("before " + attack + " after");

        assertThat(escaped).doesNotContain("<").doesNotContain(">");
        assertThat(escaped).contains("&lt;" + attack.substring(1, attack.length() - 1) + "&gt;");
    }

    @Test
    void onlyAmpersandAndAngleBracketsAreEscaped() {
        assertThat(SlackText.escape("p99 > 2s & errors < 1% *bold* _it_ \"q\" 'a'"))
                .isEqualTo("p99 &gt; 2s &amp; errors &lt; 1% *bold* _it_ \"q\" 'a'");
    }

    @Test
    void anAmpersandThatLooksEscapedIsEscapedAgain() {
        assertThat(SlackText.escape("&lt;!channel&gt;")).isEqualTo("&amp;lt;!channel&amp;gt;");
    }

    @Test
    void nothingBecomesEmpty() {
        assertThat(SlackText.escape(null)).isEmpty();
    }

    @Test
    void shorteningNeverCutsAnEntityInHalf() {
        String shortened = SlackText.escape("abcdefg<h", 11);

        assertThat(shortened).hasSizeLessThanOrEqualTo(11).isEqualTo("abcdefg…");
    }

    @Test
    void shorteningKeepsWholeEntitiesThatFit() {
        assertThat(SlackText.escape("a<bcdefghijk", 10)).isEqualTo("a&lt;bcde…");
    }

    @Test
    void shorteningNeverSplitsASurrogatePair() {
        String shortened = SlackText.truncate("ab\uD83D\uDD25cd", 4);

        assertThat(shortened).isEqualTo("ab…");
    }

    @Test
    void textWithinTheLimitIsLeftAlone() {
        assertThat(SlackText.escape("checkout-api", 12)).isEqualTo("checkout-api");
    }

    @Test
    void httpAndHttpsUrlsBecomeLinksWithEscapedLabels() {
        assertThat(SlackText.link("https://runbooks.example.com/checkout?a=1&b=2", "Runbook <x>"))
                .contains("<https://runbooks.example.com/checkout?a=1&amp;b=2|Runbook &lt;x&gt;>");
        assertThat(SlackText.link("http://prometheus:9090/graph", "Source")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "slack://channel?id=C1", "ftp://files.example.com/x",
            "/relative/runbook", "https://exa mple.com/", "https://example.com/a|<!channel>", "data:text/html,hi"})
    void otherUrlsNeverBecomeLinks(String url) {
        assertThat(SlackText.link(url, "Runbook")).isEmpty();
    }
}
