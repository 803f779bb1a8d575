package io.beacon.postmortem.notification;

import io.beacon.postmortem.actionitem.query.ActionItemViewRepository;
import io.beacon.postmortem.followup.OrgChart;
import io.beacon.slack.SlackOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/**
 * Builds this week's digests from the action-item read model and records them in the Slack outbox, all in one
 * transaction. Run by the weekly recurring task and by {@code POST /api/digests}; both use the same keys, so
 * whichever comes second in a week adds nothing.
 */
class DigestSender {

    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

    private final ActionItemViewRepository items;
    private final OrgChart chart;
    private final WeeklyDigest digest;
    private final SlackOutbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DigestSender(ActionItemViewRepository items, OrgChart chart, WeeklyDigest digest, SlackOutbox outbox,
                 TransactionTemplate transaction, Clock clock) {
        this.items = items;
        this.chart = chart;
        this.digest = digest;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The digests of this week, each recorded unless its key already is. */
    List<ManagerDigest> send() {
        List<ManagerDigest> digests = transaction.execute(status -> {
            List<DigestItem> all = items.findAll().stream().map(DigestItem::of).toList();
            List<ManagerDigest> built = digest.build(chart, all, clock.instant());
            built.forEach(d -> outbox.enqueue(d.message()));
            return built;
        });
        log.info("Weekly digest: {} manager(s) with overdue items among their people", digests.size());
        return digests;
    }
}
