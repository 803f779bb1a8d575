package io.beacon.slack.delivery;

import com.slack.api.Slack;
import io.beacon.slack.SlackDeliveryListener;
import io.beacon.slack.SlackOutbox;
import io.beacon.slack.SlackProperties;
import io.beacon.slack.SlackWebApi;
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

/**
 * The Slack outbox and its delivery worker over the service's DataSource, the process's one Slack client
 * ({@code beacon.slack.*}), the {@code slackDelivery} health and the admin endpoint {@value #ADMIN_PATH}. Not an
 * auto-configuration: a service imports it explicitly ({@code @Import}) and must secure {@value #ADMIN_PATH} (manager
 * only in Beacon) and ship the {@code slack_outbox} DDL (slack-delivery/README.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SlackProperties.class, SlackDeliveryProperties.class})
public class SlackDeliveryConfiguration {

    /** The admin endpoint's path: every method on it must be restricted to operators by the importing service. */
    public static final String ADMIN_PATH = "/api/admin/slack-outbox";

    private static final Logger log = LoggerFactory.getLogger(SlackDeliveryConfiguration.class);
    private static final Clock CLOCK = Clock.systemUTC();

    /** One client per process; it only holds an HTTP connection pool until a call is made. */
    @Bean(destroyMethod = "close")
    Slack slack(SlackProperties properties) {
        return SlackWebApi.connect(properties.apiUrl());
    }

    @Bean
    SlackConnectionCheck slackConnectionCheck(Slack slack, SlackProperties properties) {
        return new SlackConnectionCheck(slack, properties);
    }

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
            dispatcher = slackDispatcher(new SlackMethods(slack, slackProperties.botToken()), queries, store);
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

    static Dispatcher slackDispatcher(SlackMethods methods, OutboxQueries queries, OutboxStore store) {
        MentionResolver mentions = new MentionResolver(methods, CLOCK);
        Addresses addresses = new Addresses(queries, mentions);
        return new SlackApiDispatcher(methods, queries, addresses, mentions,
                new ChannelSetup(methods, queries, store, addresses, mentions, CLOCK));
    }
}
