package io.beacon.incident.notification.slack;

import io.beacon.incident.notification.PageReceipt;
import io.beacon.incident.notification.Pages;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoggingIncidentPagerTest {

    private final LoggingIncidentPager pager = new LoggingIncidentPager();

    @Test
    void aLoggedPageHasNoMessageToUpdateLater() {
        PageReceipt receipt = pager.page(Pages.page());

        assertThat(receipt).isEqualTo(new PageReceipt("U0ALICE", "C0PAYMENTS", null));
    }

    @Test
    void acknowledgingALoggedPageSucceeds() {
        pager.markAcknowledged(new PageReceipt("U0ALICE", "C0PAYMENTS", null), Pages.page(), "U0BOB", Instant.now());
    }
}
