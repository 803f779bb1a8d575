package io.beacon.incident.web;

import io.beacon.incident.api.IncidentReference;
import io.beacon.incident.query.IncidentSummaryRepository;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Turns the {@code {id}} of a URL into an incident id: a UUID is taken as is (commands work before the read model
 * has caught up), a reference ({@code INC-42}) is looked up in the read model. Anything else is no incident.
 */
@Component
class IncidentIds {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private final IncidentSummaryRepository incidents;

    IncidentIds(IncidentSummaryRepository incidents) {
        this.incidents = incidents;
    }

    /** The incident id for {@code idOrReference}; {@link IncidentNotFound} when there is none. */
    String require(String idOrReference) {
        return resolve(idOrReference).orElseThrow(() -> new IncidentNotFound(idOrReference));
    }

    Optional<String> resolve(String idOrReference) {
        if (UUID.matcher(idOrReference).matches()) {
            return Optional.of(idOrReference.toLowerCase(Locale.ROOT));
        }
        OptionalLong number = IncidentReference.parse(idOrReference);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return incidents.findByNumber(number.getAsLong()).map(summary -> summary.getId());
    }
}
