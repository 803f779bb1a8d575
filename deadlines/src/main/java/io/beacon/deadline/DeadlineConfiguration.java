package io.beacon.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.beacon.deadline.deadman.DeadmanConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Axon's {@link DbSchedulerDeadlineManager} on a db-scheduler {@link Scheduler} of our own (its Spring Boot starter
 * creates none on Boot 4). Not an auto-configuration: a service imports it explicitly ({@code @Import}), ships the
 * {@code scheduled_tasks} DDL and excludes Axon's {@code AxonDbSchedulerAutoConfiguration} in its application.yml so
 * that this is the only wiring: that would otherwise add an event scheduler whose task no scheduler here runs.
 * <p>
 * Deadlines are stored as the human-readable task: payload, scope and metadata as JSON strings written by Axon's
 * {@code jackson3} serializer, inside {@code task_data} that {@link JsonTaskData} also writes as JSON.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
@Import(DeadmanConfiguration.class)
public class DeadlineConfiguration {

    private static final Duration SHUTDOWN_MAX_WAIT = Duration.ofSeconds(10);

    @Bean
    Task<?> deadlineTask(ObjectProvider<DbSchedulerDeadlineManager> deadlineManager) {
        // looked up per execution: the manager needs the scheduler, so it can't be a constructor argument here
        return RetriedSoon.wrap(DbSchedulerDeadlineManager.humanReadableTask(deadlineManager::getObject),
                Duration.ofMillis(100), Duration.ofSeconds(30));
    }

    /**
     * Over a transaction-aware proxy, so a deadline scheduled or cancelled in a command handler is written in the
     * same transaction as the events that decided it: a rolled-back command leaves no deadline behind.
     * <p>
     * Every {@link Task} bean is known to it; a {@link RecurringTask} bean is also a start task, because db-scheduler
     * creates a recurring task's first execution only for start tasks (one merely known is never run).
     */
    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, DeadlineProperties properties,
                                MeterRegistry meterRegistry) {
        List<RecurringTask<?>> recurring = tasks.stream().filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast).toList();
        List<Task<?>> others = tasks.stream().filter(task -> !(task instanceof RecurringTask<?>)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), others)
                .startTasks(recurring)
                .serializer(new JsonTaskData())
                .pollingInterval(properties.pollingInterval())
                .threads(properties.threads())
                .heartbeatInterval(properties.heartbeatInterval())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .deleteUnresolvedAfter(properties.deleteUnknownAfter())
                .shutdownMaxWait(SHUTDOWN_MAX_WAIT)
                .statsRegistry(new MicrometerStatsRegistry(meterRegistry, tasks))
                .addExecutionInterceptor(new DeadlineLagTimer(meterRegistry, Clock.systemUTC()))
                .build();
    }

    @Bean
    DbSchedulerDeadlineManager deadlineManager(Scheduler deadlineScheduler, Configuration axon,
                                               @Qualifier("messageSerializer") Serializer serializer,
                                               TransactionManager transactionManager,
                                               ObjectProvider<DeadlineManagerSpanFactory> spanFactory) {
        DbSchedulerDeadlineManager.Builder builder = DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .useBinaryPojo(false)
                // DeadlineSchedulerLifecycle owns start and stop, ordered against Axon's Spring lifecycle
                .startScheduler(false)
                .stopScheduler(false);
        spanFactory.ifAvailable(builder::spanFactory);
        return builder.build();
    }

    @Bean
    DeadlineSchedulerLifecycle deadlineSchedulerLifecycle(Scheduler deadlineScheduler) {
        return new DeadlineSchedulerLifecycle(deadlineScheduler);
    }
}
