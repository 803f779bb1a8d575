package io.beacon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who held the CPU during a scenario: every {@value #EVERY_MILLIS} ms, the CPU time of each named process
 * ({@code /proc/<pid>/stat}, user + system) and of the whole machine ({@code /proc/stat}), so that a window chosen
 * afterwards (the storm's first pages, say) can be told apart from the rest. Linux only; elsewhere every figure is 0.
 * Both files count in clock ticks of 1/100 s (USER_HZ, 100 on every Linux this runs on).
 */
final class CpuSampler implements AutoCloseable {

    static final long EVERY_MILLIS = 250;
    private static final double TICKS_PER_SECOND = 100.0;

    /** CPU use over a window: core-seconds by process, and the machine's busy and idle core-seconds. */
    record Use(Duration window, Map<String, Double> coreSeconds, double busy, double idle) {

        /** Busy core-seconds of no named process (a database server, the rest of the machine). */
        double others() {
            return Math.max(0, busy - coreSeconds.values().stream().mapToDouble(Double::doubleValue).sum());
        }

        /** "incident-service 3.1, alert-gateway 2.0, …, everything else 0.6, idle 1.1 core-seconds". */
        String describe() {
            StringBuilder text = new StringBuilder();
            coreSeconds.forEach((name, seconds) -> text.append(name).append(' ').append(Format.number(seconds))
                    .append(", "));
            return text.append("everything else ").append(Format.number(others())).append(", idle ")
                    .append(Format.number(idle)).append(" core-seconds").toString();
        }
    }

    /** One reading: CPU ticks by process, and the machine's busy and idle ticks. */
    record Sample(Instant at, Map<String, Long> ticks, long busy, long idle) {
    }

    private static final Comparator<Sample> BY_TIME = Comparator.comparing(Sample::at);
    private final Map<String, Long> pids;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** Starts sampling the named processes ({@code name → pid}) at once. */
    CpuSampler(Map<String, Long> pids) {
        this.pids = Map.copyOf(pids);
        sample();
        this.thread = Thread.ofPlatform().daemon().name("cpu-sampler").start(this::run);
    }

    /** CPU use between two instants, from the samples nearest outside them; {@code order}: the processes named. */
    synchronized Use between(Instant from, Instant to, List<String> order) {
        return between(List.copyOf(samples), from, to, order);
    }

    static Use between(List<Sample> samples, Instant from, Instant to, List<String> order) {
        Sample first = samples.stream().filter(s -> !s.at().isAfter(from)).max(BY_TIME)
                .orElse(samples.stream().min(BY_TIME).orElseThrow());
        Sample last = samples.stream().filter(s -> !s.at().isBefore(to)).min(BY_TIME)
                .orElse(samples.stream().max(BY_TIME).orElseThrow());
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String name : order) {
            if (first.ticks().containsKey(name) && last.ticks().containsKey(name)) {
                seconds.put(name, (last.ticks().get(name) - first.ticks().get(name)) / TICKS_PER_SECOND);
            }
        }
        return new Use(Duration.between(first.at(), last.at()), seconds,
                (last.busy() - first.busy()) / TICKS_PER_SECOND, (last.idle() - first.idle()) / TICKS_PER_SECOND);
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            sample();
        }
    }

    private void sample() {
        Instant at = Instant.now();
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            String stat = readText(Path.of("/proc", Long.toString(pid), "stat"));
            long t = stat.isEmpty() ? -1 : processTicks(stat);
            if (t >= 0) {
                ticks.put(name, t);
            }
        });
        long[] machine = machineTicks(readText(Path.of("/proc/stat")));
        synchronized (this) {
            samples.add(new Sample(at, ticks, machine[0], machine[1]));
        }
    }

    /** User + system ticks from a {@code /proc/<pid>/stat} line; -1 when unreadable. */
    static long processTicks(String stat) {
        int end = stat.lastIndexOf(')'); // the command name may hold spaces and parentheses
        if (end < 0) {
            return -1;
        }
        String[] fields = stat.substring(end + 2).trim().split("\\s+");
        if (fields.length < 13) {
            return -1;
        }
        // fields[0] is field 3 (state): utime and stime are fields 14 and 15
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Busy and idle ticks of all cores from {@code /proc/stat}'s first line; zeros when unreadable. */
    static long[] machineTicks(String procStat) {
        String line = procStat.lines().filter(l -> l.startsWith("cpu ")).findFirst().orElse("");
        String[] f = line.trim().split("\\s+");
        if (f.length < 9) {
            return new long[] {0, 0};
        }
        // user nice system idle iowait irq softirq steal (guest time is already in user)
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                + Long.parseLong(f[7]) + Long.parseLong(f[8]);
        return new long[] {busy, idle};
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        sample();
    }
}
