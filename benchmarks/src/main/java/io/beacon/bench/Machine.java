package io.beacon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The facts about this machine that a figure depends on. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return "%d cores (%s), %s memory, JDK %s (%s), %s %s".formatted(
                Runtime.getRuntime().availableProcessors(), cpuModel(), memory(),
                Runtime.version(), System.getProperty("java.vm.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try {
            long kib = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> l.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong).findFirst().orElse(0);
            return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
        } catch (IOException e) {
            return "unknown";
        }
    }
}
