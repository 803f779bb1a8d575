package io.beacon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Linux's view of a process: {@code VmRSS} from {@code /proc/<pid>/status}. */
final class ProcStatus {

    private ProcStatus() {
    }

    /** Resident bytes, 0 when the process is gone or this is not Linux. */
    static long residentBytes(long pid) {
        try {
            return parseVmRss(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The full command line: {@code /proc/<pid>/cmdline} where there is one (the JDK's own view may be cut short,
     * as with the broker's long class path), else what the JDK reports.
     */
    static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"),
                    java.nio.charset.StandardCharsets.ISO_8859_1).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return process.info().commandLine().orElse("");
        }
    }

    static long parseVmRss(String status) {
        return status.lines().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.replaceAll("[^0-9]", ""))
                .mapToLong(kib -> Long.parseLong(kib) * 1024).findFirst().orElse(0);
    }
}
