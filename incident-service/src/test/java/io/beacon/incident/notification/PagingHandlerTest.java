package io.beacon.incident.notification;

import io.beacon.incident.api.IncidentAcknowledged;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PagingHandlerTest {

    private final RecordingPager pager = new RecordingPager();
    private final PagingHandler handler = new PagingHandler(pager);

    @Test
    void eachPagingDecisionBecomesOnePageForItsStep() {
        handler.on(Pages.paged(1, "U0ALICE"));
        handler.on(Pages.paged(2, "U0LEAD"));

        assertThat(pager.pages).extracting(Page::step, Page::responder, Page::channel, Page::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "U0ALICE", "C0PAYMENTS", "page:inc-7f3a:1"),
                        org.assertj.core.groups.Tuple.tuple(2, "U0LEAD", "C0PAYMENTS", "page:inc-7f3a:2"));
        assertThat(pager.pages.getFirst().fallbacks()).containsExactly("C0SRE");
        assertThat(pager.pages.getFirst().reference()).isEqualTo("INC-42");
    }

    @Test
    void anAcknowledgementWithdrawsPagesNotYetSentAndUpdatesEveryPageThatWent() {
        Instant at = Instant.parse("2026-11-22T03:14:00Z");
        handler.on(new IncidentAcknowledged(Pages.INCIDENT_ID, "checkout-api", "U0BOB", at,
                Pages.brief(Pages.trigger()), List.of(1, 2), at.plusSeconds(1800)));

        assertThat(pager.withdrawn).containsExactly(Pages.INCIDENT_ID);
        assertThat(pager.acknowledged).extracting(Page::messageKey)
                .containsExactly("page:inc-7f3a:1", "page:inc-7f3a:2");
        assertThat(pager.acknowledgedBy).containsOnly("U0BOB");
    }

    private static final class RecordingPager implements IncidentPager {

        final List<Page> pages = new ArrayList<>();
        final List<Page> acknowledged = new ArrayList<>();
        final List<String> acknowledgedBy = new ArrayList<>();
        final List<String> withdrawn = new ArrayList<>();

        @Override
        public void page(Page page) {
            pages.add(page);
        }

        @Override
        public void markAcknowledged(Page page, String by, Instant at) {
            acknowledged.add(page);
            acknowledgedBy.add(by);
        }

        @Override
        public void withdrawPending(String incidentId) {
            withdrawn.add(incidentId);
        }
    }
}
