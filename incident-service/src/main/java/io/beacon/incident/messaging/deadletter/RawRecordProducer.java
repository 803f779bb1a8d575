package io.beacon.incident.messaging.deadletter;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.Map;

/**
 * A producer of records as the binder consumed them (byte arrays, key and value), to park them unchanged and to
 * replay them, with the service's producer settings (acks=all, idempotence, bounded blocking). Not a
 * {@code KafkaTemplate} bean: that would replace Boot's String template the outbound publisher uses.
 */
class RawRecordProducer implements DisposableBean {

    private final DefaultKafkaProducerFactory<byte[], byte[]> factory;
    private final KafkaTemplate<byte[], byte[]> template;

    RawRecordProducer(Map<String, Object> producerProperties) {
        this.factory = new DefaultKafkaProducerFactory<>(producerProperties, new ByteArraySerializer(),
                new ByteArraySerializer());
        this.template = new KafkaTemplate<>(factory);
    }

    KafkaOperations<byte[], byte[]> operations() {
        return template;
    }

    @Override
    public void destroy() {
        factory.destroy();
    }
}
