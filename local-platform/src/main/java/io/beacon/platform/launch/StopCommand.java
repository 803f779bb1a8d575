package io.beacon.platform.launch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code ./beacon stop}: stop a run of this checkout from another terminal, or the leftovers of a killed one. */
final class StopCommand {

    private final Console console;
    private final RunState state;

    StopCommand(PlatformSettings settings, Console console) {
        this.console = console;
        this.state = new RunState(settings);
    }

    int run() {
        boolean found = false;
        var launcher = state.live(RunState.LAUNCHER);
        if (launcher.isPresent()) {
            console.say("asking the running ./beacon (PID " + launcher.get().pid() + ") to stop");
            launcher.get().destroy();
            Processes.waitFor(launcher.get(), Duration.ofSeconds(75));
            found = true;
        }
        List<ProcessHandle> leftovers = new ArrayList<>();
        for (BeaconService service : BeaconService.values()) {
            state.liveOrOrphan(service.module()).ifPresent(p -> {
                console.say("stopping leftover " + service.module() + " (PID " + p.pid() + ")");
                leftovers.add(p);
            });
        }
        if (!leftovers.isEmpty()) {
            Processes.terminate(Duration.ofSeconds(30), leftovers, console);
            found = true;
        }
        var kafka = state.liveOrOrphan(RunState.KAFKA);
        if (kafka.isPresent()) {
            console.say("stopping leftover Kafka (PID " + kafka.get().pid() + ")");
            Processes.terminate(Duration.ofSeconds(30), List.of(kafka.get()), console);
            found = true;
        }
        state.clear();
        console.say(found ? "stopped" : "nothing of this checkout was running");
        return 0;
    }
}
