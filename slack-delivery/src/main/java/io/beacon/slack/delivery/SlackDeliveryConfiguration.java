package io.beacon.incident.notification.slack.delivery;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import io.beacon.incident.notification.SlackDeliveryListener;
import io.beacon.incident.notification.SlackOutbox;
import io.beacon.incident.notification.slack.SlackProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** The Slack outbox and its delivery worker over the service's DataSource and the process's one Slack client. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlackDeliveryProperties.class)
public class SlackDeliveryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlackDeliveryConfiguration.class);
    private static final Clock CLOCK = Clock.systemUTC();

    @Bean
    DeliveryWakeUp slackDeliveryWakeUp() {
        return new DeliveryWakeUp();
    }

    @Bean
    OutboxQueries slackOutboxQueries(JdbcTemplate jdbc) {
        return new OutboxQueries(jdbc);
    }

    @Bean
    OutboxStore slackOutboxStore(JdbcTemplate jdbc) {
        return new OutboxStore(jdbc);
    }

    @Bean
    SlackOutbox slackOutbox(JdbcTemplate jdbc, DeliveryWakeUp wakeUp) {
        return new JdbcSlackOutbox(jdbc, CLOCK, wakeUp);
    }

    @Bean
    SlackDeliveryWorker slackDeliveryWorker(OutboxQueries queries, OutboxStore store, DeliveryWakeUp wakeUp,
                                            Slack slack, SlackProperties slackProperties,
                                            SlackDeliveryProperties properties,
                                            ObjectProvider<SlackDeliveryListener> listener,
                                            ObjectProvider<PlatformTransactionManager> transactions,
                                            ObjectProvider<MeterRegistry> meters) {
        Dispatcher dispatcher;
        if (slackProperties.hasBotToken()) {
            dispatcher = slackDispatcher(slack.methods(slackProperties.botToken()), queries, store);
        } else {
            log.warn("beacon.slack.bot-token is not set: Slack outbox messages are only logged");
            dispatcher = new LoggingDispatcher();
        }
        PlatformTransactionManager manager = transactions.getIfUnique();
        TransactionOperations tx = manager == null ? TransactionOperations.withoutTransaction()
                : new TransactionTemplate(manager);
        ListenerNotifier notifier = new ListenerNotifier(listener.getIfUnique(ListenerNotifier::noOp), store, tx);
        return new SlackDeliveryWorker(queries, store, dispatcher, notifier, wakeUp, properties,
                new DeliveryMetrics(meters.getIfUnique()), CLOCK);
    }

    @Bean
    SlackDeliveryHealth slackDelivery(OutboxQueries queries) {
        return new SlackDeliveryHealth(queries, CLOCK);
    }

    @Bean
    SlackOutboxAdminController slackOutboxAdminController(OutboxQueries queries, OutboxStore store,
                                                          DeliveryWakeUp wakeUp) {
        return new SlackOutboxAdminController(queries, store, wakeUp, CLOCK);
    }

    static Dispatcher slackDispatcher(MethodsClient methods, OutboxQueries queries, OutboxStore store) {
        Addresses addresses = new Addresses(queries);
        MentionResolver mentions = new MentionResolver(methods, CLOCK);
        return new SlackApiDispatcher(methods, queries, addresses, mentions,
                new ChannelSetup(methods, queries, store, addresses, mentions, CLOCK));
    }
}
