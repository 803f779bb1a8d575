package io.beacon.contracts;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Type names are the wire contract: unique, versioned like their record, and mapped back to it. */
class EventTypesTest {

    @Test
    void everyTypeConstantIsUniqueAndKnown() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : EventTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(constants).hasSizeGreaterThanOrEqualTo(9).doesNotHaveDuplicates();
        assertThat(EventTypes.all()).containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void eachIncidentEventNamesItsOwnTypeWhoseSuffixIsItsSchemaVersion() {
        for (IncidentIntegrationEvent event : IncidentEvents.all()) {
            assertThat(EventTypes.recordOf(event.eventType())).as(event.eventType()).contains(event.getClass());
            assertThat(event.eventType()).endsWith(".v" + event.schemaVersion());
            assertThat(event.eventType()).doesNotContain(event.getClass().getSimpleName());
        }
    }

    @Test
    void everyIncidentRecordHasATypeName() {
        assertThat(IncidentIntegrationEvent.class.getPermittedSubclasses())
                .allSatisfy(record -> assertThat(IncidentEvents.all()).anySatisfy(
                        event -> assertThat(event).isInstanceOf(record)));
    }

    @Test
    void anUnknownNameHasNoRecord() {
        assertThat(EventTypes.recordOf("IncidentDeclared")).isEmpty();
        assertThat(EventTypes.recordOf(null)).isEmpty();
    }
}
