package io.beacon.platform.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A service's JDK AOT cache (JEP 483/514): the classes its start-up loads and links, read from one mapped file
 * instead of from 160 nested jars. It lives beside the jar, in {@code <module>/target/aot-cache/}: Spring Boot's
 * extraction of the jar ({@code app/}, the layout a cache can hold: classes from nested jars cannot be cached), the
 * cache ({@code app.aot}) and the stamp of the jar and JDK they were made from. Every start of the service through
 * the launcher ({@code ./beacon run}, the end-to-end tests, the benchmark) shares it, so only the first start after a
 * build pays the training run; {@code mvn clean} or a rebuild makes it stale.
 *
 * <p>The cache only ever speeds a start up: when training fails or the JVM refuses the cache, the service starts
 * from its jar as before, and one line says so. {@code BEACON_AOT_CACHE=false} turns it off; a JDK before 25 has no
 * one-step training, so it is off there too.
 */
final class StartupCache {

    static final String SWITCH = "BEACON_AOT_CACHE";
    static final String DIRECTORY = "aot-cache";
    private static final Set<String> OFF = Set.of("false", "0", "off", "no");

    /** The extracted jar a cached service runs from, and the cache. */
    record CacheFiles(Path jar, Path cache) {
    }

    private final ServiceLaunch launch;
    private final Path directory;
    private final Consumer<String> say;

    StartupCache(ServiceLaunch launch, Consumer<String> say) {
        this.launch = launch;
        this.directory = directoryOf(launch.jar());
        this.say = say;
    }

    static boolean enabled(Map<String, String> environment) {
        String value = environment.getOrDefault(SWITCH, "true").strip().toLowerCase(Locale.ROOT);
        return !OFF.contains(value) && Runtime.version().feature() >= 25;
    }

    static Path directoryOf(Path jar) {
        return jar.toAbsolutePath().getParent().resolve(DIRECTORY);
    }

    /** What the command line of a service started from its cache carries: RunState knows its services by it. */
    static String extractedJarMarker(String module) {
        return module + "/target/" + DIRECTORY + "/app/" + module + "-" + BeaconService.VERSION + ".jar";
    }

    CacheFiles files() {
        return new CacheFiles(directory.resolve("app").resolve(launch.jar().getFileName()),
                directory.resolve("app.aot"));
    }

    Path stampFile() {
        return directory.resolve("stamp");
    }

    /**
     * The cache to start the service with, trained first when the jar or JDK changed; empty when the service must
     * start from its jar. Never throws: whatever goes wrong here, the service still starts.
     */
    Optional<CacheFiles> prepare() {
        // one preparation at a time: in this JVM (services started side by side) and across JVMs (test forks)
        synchronized (StartupCache.class) {
            try {
                Files.createDirectories(directory);
                try (FileChannel channel = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                    return prepareLocked();
                }
            } catch (IOException | RuntimeException e) {
                say.accept(launch.name() + ": no start-up cache (" + e.getMessage() + "); starting from its jar");
                return Optional.empty();
            }
        }
    }

    private Optional<CacheFiles> prepareLocked() throws IOException {
        CacheStamp stamp = CacheStamp.of(launch.jar(), CacheStamp.currentJava());
        Path failedStamp = directory.resolve("stamp.failed");
        if (!isFresh(stamp)) {
            if (CacheStamp.read(failedStamp).filter(stamp::equals).isPresent()) {
                say.accept(launch.name() + ": no start-up cache for this build (its training failed, log: "
                        + training().log() + "); starting from its jar");
                return Optional.empty();
            }
            Files.deleteIfExists(stampFile());
            Optional<String> failure = training().run(say);
            if (failure.isPresent()) {
                stamp.write(failedStamp);
                say.accept(launch.name() + ": " + failure.get() + "; starting from its jar");
                return Optional.empty();
            }
            Files.deleteIfExists(failedStamp);
            stamp.write(stampFile());
        }
        // the check costs a JVM start (about 0.9 s on 2 busy cores): once per cache file and JVM options is enough
        String accepted = stamp + " " + launch.jvmOptions() + " " + Files.size(files().cache()) + " "
                + Files.getLastModifiedTime(files().cache()).toMillis();
        Path acceptedFile = directory.resolve("accepted");
        if (Files.isRegularFile(acceptedFile) && Files.readString(acceptedFile).equals(accepted)) {
            return Optional.of(files());
        }
        Files.deleteIfExists(acceptedFile);
        Optional<String> refusal = CacheTraining.refusal(launch, files());
        if (refusal.isPresent()) {
            // retrained at the next start: a JVM option that doesn't fit the cache will fit a new one
            Files.deleteIfExists(stampFile());
            say.accept(launch.name() + ": the JVM refused its start-up cache (" + refusal.get()
                    + "); starting from its jar, retraining at the next start");
            return Optional.empty();
        }
        Files.writeString(acceptedFile, accepted);
        return Optional.of(files());
    }

    /** The stamp says this jar and JDK, and the files it stamps are there. */
    boolean isFresh(CacheStamp stamp) {
        return CacheStamp.read(stampFile()).filter(stamp::equals).isPresent()
                && Files.isRegularFile(files().jar())
                && Files.isRegularFile(files().cache());
    }

    private CacheTraining training() {
        return new CacheTraining(launch, directory, files());
    }
}
