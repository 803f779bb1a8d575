package io.beacon.postmortem.notification;

import io.beacon.postmortem.followup.OrgChart;
import io.beacon.postmortem.followup.OrgFileReader;
import io.beacon.postmortem.followup.Priority;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class WeeklyDigestTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z"); // a Monday of ISO week 2026-W48
    static final OrgChart chart = new OrgFileReader().read("test", """
            people:
              U0ALICE: { manager: U0CAROL, team: payments }
              U0CAROL: { manager: U0DIRECTOR, team: payments }
              U0ERIN: { manager: U0DAVE, team: search }
              U0DAVE: { manager: U0DIRECTOR, team: search }
              U0DIRECTOR: { team: engineering }
            """);
    final WeeklyDigest digest = new WeeklyDigest("https://beacon.example/pm", null);

    @Test
    void eachManagerGetsTheOverdueItemsOfEveryoneUnderThemButNotTheirOwn() {
        DigestItem alices = overdue("a", "U0ALICE", Duration.ofDays(3), 1);
        DigestItem carols = overdue("c", "U0CAROL", Duration.ofHours(5), 0);

        Map<String, ManagerDigest> digests = byManager(digest.build(chart, List.of(alices, carols), NOW));

        assertThat(digests).containsOnlyKeys("U0CAROL", "U0DIRECTOR");
        assertThat(digests.get("U0CAROL").overdueItems()).isEqualTo(1);
        String carol = digests.get("U0CAROL").message().text();
        assertThat(carol).contains("1 overdue action item among your people", "*Fix a* (P1, *INC-7* `checkout-api`)",
                "<@U0ALICE>, 3 days late (due <!date^", "escalated to level 1").doesNotContain("Fix c");
        String director = digests.get("U0DIRECTOR").message().text();
        assertThat(director).contains("2 overdue action items", "Fix a", "<@U0CAROL>, 5 hours late",
                "not escalated yet");
        assertThat(director.indexOf("Fix a")).as("the latest first").isLessThan(director.indexOf("Fix c"));
        assertThat(digests.get("U0DIRECTOR").message().address()).isEqualTo("user:U0DIRECTOR");
        assertThat(digests.get("U0DIRECTOR").message().key()).isEqualTo("digest:U0DIRECTOR:2026-W48");
    }

    @Test
    void aManagerWithoutOverdueItemsAmongTheirPeopleGetsNothing() {
        DigestItem erinsOnTime = item("e", "U0ERIN", NOW.plus(Duration.ofDays(2)), true);
        DigestItem erinsDone = item("d", "U0ERIN", NOW.minus(Duration.ofDays(2)), false);
        DigestItem alices = overdue("a", "U0ALICE", Duration.ofDays(1), 0);

        assertThat(byManager(digest.build(chart, List.of(erinsOnTime, erinsDone, alices), NOW)))
                .containsOnlyKeys("U0CAROL", "U0DIRECTOR");
        assertThat(digest.build(chart, List.of(erinsOnTime, erinsDone), NOW)).isEmpty();
    }

    @Test
    void risksAcceptedForTheirPeopleInTheLastSevenDaysFollowTheOverdueItems() {
        DigestItem alices = overdue("a", "U0ALICE", Duration.ofDays(1), 0);
        DigestItem wontDo = risk("w", "U0ALICE", null, "Cache is <!here> going away", Duration.ofDays(2));
        DigestItem later = risk("l", "U0ALICE", NOW.plus(Duration.ofDays(60)), "Q1 freeze", Duration.ofDays(6));
        DigestItem old = risk("o", "U0ALICE", null, "Too old", Duration.ofDays(8));
        DigestItem erins = risk("e", "U0ERIN", null, "Not Carol's", Duration.ofDays(1));

        ManagerDigest carol = byManager(digest.build(chart, List.of(alices, wontDo, later, old, erins), NOW))
                .get("U0CAROL");

        assertThat(carol.acceptedRisks()).isEqualTo(2);
        String text = carol.message().text();
        assertThat(text).contains("Risks accepted in the last 7 days* (2)",
                "*Fix w* (P2, *INC-7* `checkout-api`) — <@U0ALICE>: won't be done; <@U0CAROL> accepted the risk:"
                        + " _Cache is &lt;!here&gt; going away_",
                "*Fix l*", "now due <!date^", "_Q1 freeze_")
                .doesNotContain("Too old", "Not Carol's", "<!here>");
        assertThat(text.indexOf("Risks accepted")).isGreaterThan(text.indexOf("Fix a"));
    }

    @Test
    void aTitleCannotMentionAChannel() {
        DigestItem item = new DigestItem("x", "Drop <!channel> & retry", Priority.P1, null, "postmortem-inc-9",
                "cart", "U0ALICE", true, NOW.minus(Duration.ofDays(1)), 0, false, null, null, null);

        String text = digest.build(chart, List.of(item), NOW).getFirst().message().text();

        assertThat(text).contains("*Drop &lt;!channel&gt; &amp; retry* (P1, *postmortem-inc-9* `cart`)")
                .doesNotContain("<!channel>");
    }

    @Test
    void aLongDigestIsCutWithARequestForTheRest() {
        List<DigestItem> many = IntStream.range(0, 500).mapToObj(i -> new DigestItem("i" + i, "x".repeat(300),
                Priority.P2, "INC-" + i, "pm", "svc", "U0ALICE", true, NOW.minus(Duration.ofHours(i + 1)), 0, false,
                null, null, null)).toList();

        ManagerDigest carol = byManager(digest.build(chart, many, NOW)).get("U0CAROL");

        String text = carol.message().text();
        assertThat(carol.overdueItems()).isEqualTo(500);
        assertThat(text.length()).isLessThan(40_000);
        assertThat(text).contains("500 overdue action items", "…and " + (500 - WeeklyDigest.MAX_OVERDUE_LINES)
                + " more: `GET https://beacon.example/pm/api/action-items?manager=U0CAROL&amp;overdue=true`");
        assertThat(text.lines().filter(line -> line.startsWith("• "))).hasSize(WeeklyDigest.MAX_OVERDUE_LINES);
    }

    @Test
    void theKeyIsPerIsoWeekInUtc() {
        assertThat(WeeklyDigest.isoWeek(Instant.parse("2026-11-29T23:59:59Z"))).isEqualTo("2026-W48");
        assertThat(WeeklyDigest.isoWeek(Instant.parse("2026-11-30T00:00:00Z"))).isEqualTo("2026-W49");
        assertThat(WeeklyDigest.isoWeek(Instant.parse("2027-01-01T12:00:00Z"))).isEqualTo("2026-W53");
    }

    private static Map<String, ManagerDigest> byManager(List<ManagerDigest> digests) {
        return digests.stream().collect(Collectors.toMap(ManagerDigest::manager, d -> d));
    }

    private static DigestItem overdue(String id, String owner, Duration late, int level) {
        return new DigestItem(id, "Fix " + id, Priority.P1, "INC-7", "postmortem-1", "checkout-api", owner, true,
                NOW.minus(late), level, false, null, null, null);
    }

    private static DigestItem item(String id, String owner, Instant due, boolean active) {
        return new DigestItem(id, "Fix " + id, Priority.P2, "INC-7", "postmortem-1", "checkout-api", owner, active,
                due, 0, false, null, null, null);
    }

    private static DigestItem risk(String id, String owner, Instant newDue, String statement, Duration ago) {
        return new DigestItem(id, "Fix " + id, Priority.P2, "INC-7", "postmortem-1", "checkout-api", owner,
                newDue != null, newDue, 0, newDue == null, statement, "U0CAROL", NOW.minus(ago));
    }
}
