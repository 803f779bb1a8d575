package io.beacon.platform.launch;

/** {@code ./beacon status}: what of this checkout is up, by PID file, port and readiness. */
final class StatusCommand {

    private final PlatformSettings settings;
    private final Console console;
    private final RunState state;

    StatusCommand(PlatformSettings settings, Console console) {
        this.settings = settings;
        this.console = console;
        this.state = new RunState(settings);
    }

    int run() {
        console.print("./beacon run: " + state.live(RunState.LAUNCHER).map(p -> "PID " + p.pid()).orElse("not running"));
        String kafka = running(RunState.KAFKA);
        if (Processes.portOpen(settings.kafkaPort())) {
            kafka += ", port " + settings.kafkaPort() + " open";
        }
        console.print("%-20s %s".formatted("kafka", kafka));
        for (BeaconService service : BeaconService.values()) {
            int port = settings.port(service);
            String line = running(service.module());
            if (Readiness.up(port)) {
                line += ", ready on :" + port;
            } else if (Processes.portOpen(port)) {
                line += ", port " + port + " open (not ready)";
            }
            console.print("%-20s %s".formatted(service.module(), line));
        }
        return 0;
    }

    private String running(String component) {
        return state.live(component).map(p -> "running, PID " + p.pid()).orElse("not running");
    }
}
