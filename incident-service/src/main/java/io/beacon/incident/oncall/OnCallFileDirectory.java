package io.beacon.incident.oncall;

import io.beacon.incident.api.EscalationPolicy;
import io.beacon.incident.incident.EscalationPolicies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The on-call directory kept in a YAML file. The file must be valid at start-up. Afterwards it is re-read when its
 * modification time or size changes (checked on every lookup); an invalid edit is logged and the last valid version
 * stays in force, so a typo never leaves a service without anyone to page.
 */
public final class OnCallFileDirectory implements OnCallDirectory, EscalationPolicies {

    private static final Logger log = LoggerFactory.getLogger(OnCallFileDirectory.class);

    private final Resource file;
    private final String location;
    private final OnCallFileReader reader = new OnCallFileReader();
    private volatile Loaded current;
    private volatile Version rejected;

    private record Version(long modifiedMillis, long size) {
    }

    private record Loaded(Version version, OnCallSchedule schedule) {
    }

    public OnCallFileDirectory(Resource file) {
        this.file = Objects.requireNonNull(file, "file");
        this.location = file.getDescription();
        if (!file.exists()) {
            throw new InvalidOnCallFile(location, List.of("the file does not exist (set beacon.oncall.file)"));
        }
        Version version = versionOnDisk();
        this.current = new Loaded(version, read());
        log.info("On-call file {} loaded: {} teams, {} services", location,
                current.schedule().teams().size(), current.schedule().serviceTeams().size());
    }

    @Override
    public OnCallAssignment whoIsOnCall(String service, Instant at) {
        return schedule().assignmentFor(service, at);
    }

    @Override
    public EscalationPolicy policyFor(String service) {
        return schedule().policyFor(service);
    }

    /** The schedule in force, re-read first when the file changed since it was last read. */
    public OnCallSchedule schedule() {
        Version onDisk = versionOnDisk();
        if (onDisk != null && !onDisk.equals(current.version()) && !onDisk.equals(rejected)) {
            reload(onDisk);
        }
        return current.schedule();
    }

    private synchronized void reload(Version onDisk) {
        if (onDisk.equals(current.version()) || onDisk.equals(rejected)) {
            return;
        }
        try {
            current = new Loaded(onDisk, read());
            rejected = null;
            log.info("On-call file {} changed and was reloaded", location);
        } catch (InvalidOnCallFile e) {
            rejected = onDisk;
            log.error("On-call file {} changed but can't be used; the previous version stays in force:\n  - {}",
                    location, String.join("\n  - ", e.problems()));
        } catch (UncheckedIOException e) {
            rejected = onDisk;
            log.error("On-call file {} changed but can't be read; the previous version stays in force", location, e);
        }
    }

    private OnCallSchedule read() {
        try {
            return reader.read(location, file.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read on-call file " + location, e);
        }
    }

    /** Null when the file can't be watched (inside a jar) or is gone for the moment. */
    private Version versionOnDisk() {
        if (!file.isFile()) {
            return null;
        }
        try {
            Path path = file.getFile().toPath();
            return new Version(Files.getLastModifiedTime(path).toMillis(), Files.size(path));
        } catch (IOException e) {
            return null;
        }
    }
}
