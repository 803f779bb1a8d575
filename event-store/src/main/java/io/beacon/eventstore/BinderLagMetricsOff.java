package io.beacon.eventstore;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.cloud.stream.binder.BindingCreatedEvent;
import org.springframework.cloud.stream.binder.kafka.KafkaBinderMetrics;
import org.springframework.cloud.stream.binder.kafka.config.ClientFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Spring Cloud Stream's own consumer-lag gauge ({@code spring.cloud.stream.binder.kafka.offset}) stays off: the
 * Kafka clients' metrics report the lag ({@code kafka_consumer_fetch_manager_records_lag_max}), and the binder's
 * {@link KafkaBinderMetrics} (5.0.2) can deadlock a shutdown. Its {@code close()} holds a lock while clearing a map
 * whose entry its lag computation holds while waiting for that lock; a test JVM hung there in CI. The binder makes its
 * own only when the application has none, so this one, which does nothing, takes its place. The binder then skips
 * the rest of its metrics configuration too, so {@link #binderClientMetrics} gives its Kafka clients their metrics.
 */
@Configuration(proxyBeanMethods = false)
public class BinderLagMetricsOff {

    @Bean
    KafkaBinderMetrics kafkaBinderMetrics() {
        return new KafkaBinderMetrics(null, null) {
            @Override
            public void bindTo(MeterRegistry registry) {
            }

            @Override
            public void onApplicationEvent(BindingCreatedEvent event) {
            }

            @Override
            public void start() {
            }

            @Override
            public void stop() {
            }

            @Override
            public void close() {
            }

            @Override
            public boolean isRunning() {
                return false;
            }
        };
    }

    /** As the binder's own metrics configuration does: its producers' and consumers' metrics, lag among them. */
    @Bean
    ClientFactoryCustomizer binderClientMetrics(MeterRegistry registry) {
        return new ClientFactoryCustomizer() {
            @Override
            public void configure(ProducerFactory<?, ?> factory) {
                factory.addListener(new MicrometerProducerListener<>(registry));
            }

            @Override
            public void configure(ConsumerFactory<?, ?> factory) {
                factory.addListener(new MicrometerConsumerListener<>(registry));
            }
        };
    }
}
