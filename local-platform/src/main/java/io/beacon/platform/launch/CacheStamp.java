package io.beacon.platform.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a start-up cache was made from: the service jar (its size and modification time, which every build changes)
 * and the JDK that trained it. A cache is reused only while both are the same; a rebuilt jar or another JDK trains
 * a new one.
 */
record CacheStamp(long jarSize, long jarModifiedMillis, String java) {

    static CacheStamp of(Path jar, String java) throws IOException {
        return new CacheStamp(Files.size(jar), Files.getLastModifiedTime(jar).toMillis(), java);
    }

    /** The JDK a child process runs on: this one (see {@link Processes#java()}), by path and version. */
    static String currentJava() {
        return Processes.java() + " " + Runtime.version();
    }

    static Optional<CacheStamp> read(Path file) {
        try {
            String[] lines = Files.readString(file).split("\n");
            return Optional.of(new CacheStamp(Long.parseLong(value(lines[0], "jar-size")),
                    Long.parseLong(value(lines[1], "jar-modified")), value(lines[2], "java")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // none yet, or unreadable: either way not a match
        }
    }

    void write(Path file) throws IOException {
        Files.writeString(file, "jar-size=" + jarSize + "\njar-modified=" + jarModifiedMillis + "\njava=" + java + "\n");
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key + "=")) {
            throw new IllegalArgumentException("expected " + key);
        }
        return line.substring(key.length() + 1);
    }
}
