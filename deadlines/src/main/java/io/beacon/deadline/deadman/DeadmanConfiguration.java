package io.beacon.deadline.deadman;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.beacon.slack.SlackOutbox;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

/**
 * The dead-man's switch, imported with the deadlines ({@code DeadlineConfiguration}); the service ships the
 * {@code deadman_switch} table (canonical DDL {@code io/beacon/deadline/deadman_switch.sql}), puts
 * {@code escalationMachinery} in its readiness group and names a channel ({@code beacon.deadman.slack-channel} or a
 * {@link DeadmanChannel} bean).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadmanProperties.class)
public class DeadmanConfiguration {

    private static final Clock CLOCK = Clock.systemUTC();

    /** A recurring task: the deadline scheduler starts it (every RecurringTask bean is one of its start tasks). */
    @Bean
    RecurringTask<Void> deadmanCanaryTask(DeadmanProperties properties) {
        return CanaryTask.every(properties.canaryInterval());
    }

    @Bean
    SwitchState deadmanSwitchState(MeterRegistry meterRegistry) {
        return new SwitchState(meterRegistry);
    }

    @Bean
    EscalationMachineryHealth escalationMachineryHealthIndicator(SwitchState state, DeadmanProperties properties) {
        return new EscalationMachineryHealth(state, properties, CLOCK);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "beacon.deadman.enabled", matchIfMissing = true)
    Watchdog deadmanWatchdog(DataSource dataSource, JdbcTemplate jdbc, DeadmanProperties properties, SwitchState state,
                             Configuration axon, ObjectProvider<PlatformTransactionManager> transactionManager,
                             ObjectProvider<SlackOutbox> outbox, ObjectProvider<DeadmanChannel> channel,
                             @Value("${spring.application.name:beacon}") String service) {
        DeadmanAlarm alarm = new DeadmanAlarm(Optional.ofNullable(outbox.getIfAvailable()),
                () -> configuredChannel(properties).or(() -> Optional.ofNullable(channel.getIfAvailable())
                        .flatMap(DeadmanChannel::channel)),
                service);
        ProcessorWatch processors = new ProcessorWatch(jdbc, () -> streamingProcessors(axon), axon::serializer);
        TransactionTemplate transactions = new TransactionTemplate(
                transactionManager.getIfUnique(() -> new DataSourceTransactionManager(dataSource)));
        return new Watchdog(new DeadlineWatch(jdbc, properties), processors, new SwitchTable(jdbc), alarm,
                transactions, properties, state, CLOCK);
    }

    private static Optional<String> configuredChannel(DeadmanProperties properties) {
        return Optional.ofNullable(properties.slackChannel()).map(String::strip).filter(name -> !name.isEmpty());
    }

    private static Collection<String> streamingProcessors(Configuration axon) {
        return axon.eventProcessingConfiguration().eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(java.util.Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
