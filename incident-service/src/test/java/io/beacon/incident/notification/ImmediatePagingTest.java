package io.beacon.incident.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ImmediatePagingTest {

    @Test
    void anIncidentsFirstPageIsRecordedWithItsOpeningAndEscalationsAreLeftToThePagingProcessor() {
        List<String> recorded = new ArrayList<>();
        ImmediatePaging paging = new ImmediatePaging(pager(page -> recorded.add(page.messageKey())));

        paging.on(Pages.paged(1, "U0ALICE"));
        paging.on(Pages.paged(2, "U0LEAD"));

        assertThat(recorded).containsExactly("page:inc-7f3a:1");
    }

    @Test
    void aPageThatCannotBeRecordedNeverFailsTheDecision() {
        ImmediatePaging failing = new ImmediatePaging(pager(page -> {
            throw new IllegalArgumentException("Slack outbox message's address is 256 characters");
        }));

        assertThatCode(() -> failing.on(Pages.paged(1, "U0ALICE"))).doesNotThrowAnyException();
    }

    private static IncidentPager pager(Consumer<Page> onPage) {
        return new IncidentPager() {
            @Override
            public void page(Page page) {
                onPage.accept(page);
            }

            @Override
            public void markAcknowledged(Page page, String acknowledgedBy, Instant at) {
                throw new AssertionError("not a page");
            }

            @Override
            public void withdrawPending(String incidentId) {
                throw new AssertionError("not a page");
            }
        };
    }
}
