package io.beacon.deadline;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes db-scheduler's {@code task_data} as JSON instead of Java serialization. Axon's deadline details classes
 * declare no {@code serialVersionUID}, so with Java serialization any Axon upgrade that touches them would make every
 * pending deadline unreadable; JSON of their fields survives that, tolerates fields added or dropped, and can be read
 * with plain SQL. A private mapper on purpose: application-wide Jackson settings must not change a stored format.
 */
final class JsonTaskData implements Serializer {

    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultVisibility(visibility -> visibility
                    .withVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                    .withVisibility(PropertyAccessor.GETTER, Visibility.NONE)
                    .withVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                    .withVisibility(PropertyAccessor.SETTER, Visibility.NONE))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public byte[] serialize(Object data) {
        return data == null ? null : json.writeValueAsBytes(data);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] data) {
        return data == null ? null : json.readValue(data, type);
    }
}
