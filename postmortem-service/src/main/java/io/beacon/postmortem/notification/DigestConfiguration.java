package io.beacon.postmortem.notification;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.beacon.postmortem.actionitem.query.ActionItemViewRepository;
import io.beacon.postmortem.followup.OrgChart;
import io.beacon.slack.SlackOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The weekly digest: a db-scheduler recurring task on the deadlines module's scheduler (one execution row in
 * {@code scheduled_tasks}, so one instance runs it per schedule), on {@code beacon.postmortems.digest-cron}
 * (six fields, seconds first, UTC; {@code -} disables it and removes a scheduled run).
 */
@Configuration(proxyBeanMethods = false)
class DigestConfiguration {

    static final String TASK = "weekly-manager-digest";

    @Bean
    WeeklyDigest weeklyDigest(FollowUpMessages messages) {
        return new WeeklyDigest(messages.apiUrl(), messages.fallback());
    }

    @Bean
    DigestSender digestSender(ActionItemViewRepository items, OrgChart chart, WeeklyDigest digest,
                              SlackOutbox outbox, PlatformTransactionManager transactions) {
        return new DigestSender(items, chart, digest, outbox, new TransactionTemplate(transactions),
                Clock.systemUTC());
    }

    @Bean
    RecurringTask<Void> weeklyDigestTask(@Value("${beacon.postmortems.digest-cron}") String cron,
                                         DigestSender sender) {
        return Tasks.recurring(TASK, Schedules.cron(cron.strip(), ZoneOffset.UTC))
                .execute((instance, context) -> sender.send());
    }
}
