package io.beacon.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line: {@code [--quick] [--only storm,intake,gateway,flood] [--flood-services n]
 * [--database-url jdbc:postgresql://… [--database-user u] [--database-password p]] [--root <checkout>]}. Without a
 * URL, {@code BEACON_INCIDENT_DATABASE_*} from the environment are used as {@code ./beacon run} reads them; without
 * either, the embedded databases.
 *
 * <p>{@code --only} runs some of the scenarios (after the raw limits, which every run measures): a partial run, for
 * comparing one change back to back. Its report goes to {@code benchmarks/target/bench/}, never to {@code docs/},
 * whose table is the whole set's at full size; so does a {@code --quick} run's. {@code --flood-services} sizes the
 * deadline flood (10,000 in the full set).
 */
record BenchOptions(Sizes sizes, Path root, Optional<Database> database, Set<String> only) {

    /** The scenarios {@code --only} names, in the order a run takes them ({@code intake} includes the timeline). */
    static final List<String> SCENARIOS = List.of("storm", "intake", "gateway", "flood");
    private static final String USAGE = "usage: java -jar benchmarks/target/benchmarks.jar [--quick] "
            + "[--only storm,intake,gateway,flood] [--flood-services n] [--database-url jdbc:postgresql://host/db "
            + "[--database-user u] [--database-password p]] [--root <checkout>]";

    /** incident-service's PostgreSQL, the database whose commit rate limits intake. */
    record Database(String url, String user, String password) {
    }

    static BenchOptions parse(String[] args, Map<String, String> env) {
        Sizes sizes = Sizes.full();
        Path root = Path.of("").toAbsolutePath();
        String url = env.get("BEACON_INCIDENT_DATABASE_URL");
        String user = env.get("BEACON_INCIDENT_DATABASE_USER");
        String password = env.get("BEACON_INCIDENT_DATABASE_PASSWORD");
        Set<String> only = new LinkedHashSet<>();
        Integer floodServices = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> sizes = Sizes.quick();
                case "--database-url" -> url = value(args, ++i);
                case "--database-user" -> user = value(args, ++i);
                case "--database-password" -> password = value(args, ++i);
                case "--root" -> root = Path.of(value(args, ++i)).toAbsolutePath();
                case "--only" -> only.addAll(scenarios(value(args, ++i)));
                case "--flood-services" -> floodServices = positive(args[i], value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (floodServices != null) {
            sizes = sizes.withFloodServices(floodServices);
        }
        if (!Files.isExecutable(root.resolve("beacon"))) {
            throw new IllegalArgumentException(root + " has no ./beacon: run from the checkout or pass --root");
        }
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--database-url must be a jdbc:postgresql: URL, was " + url);
        }
        Optional<Database> database = url == null ? Optional.empty()
                : Optional.of(new Database(url, orEmpty(user), orEmpty(password)));
        return new BenchOptions(sizes, root, database, Set.copyOf(only));
    }

    /** Whether this run takes the scenario ({@link #SCENARIOS}): every one unless {@code --only} named others. */
    boolean runs(String scenario) {
        if (!SCENARIOS.contains(scenario)) {
            throw new IllegalArgumentException("no scenario " + scenario);
        }
        return only.isEmpty() || only.contains(scenario);
    }

    /** A run of some scenarios only ({@code --only}): its report stays out of {@code docs/}. */
    boolean partial() {
        return !only.isEmpty();
    }

    /** For the report's facts: "; only storm, flood (--only)" on a partial run, nothing on the whole set. */
    String partialSuffix() {
        return partial() ? "; only " + String.join(", ", SCENARIOS.stream().filter(this::runs).toList()) + " (--only)"
                : "";
    }

    /**
     * Where the report and its plots go: {@code docs/} for the whole set at full size, the build's folder for a
     * partial or a {@code --quick} run (a short try must not replace the figures README quotes).
     */
    Path reportFolder() {
        return partial() || sizes.isQuick() ? root.resolve("benchmarks/target/bench") : root.resolve("docs");
    }

    private static List<String> scenarios(String list) {
        List<String> named = Arrays.stream(list.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        if (named.isEmpty()) {
            throw new IllegalArgumentException("--only needs one or more of " + String.join(",", SCENARIOS));
        }
        for (String name : named) {
            if (!SCENARIOS.contains(name)) {
                throw new IllegalArgumentException("--only: no scenario " + name + "; the scenarios are "
                        + String.join(",", SCENARIOS));
            }
        }
        return named;
    }

    private static int positive(String option, String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalArgumentException(option + " needs a positive whole number, was " + text);
    }

    /**
     * Where the run's report goes, under {@code docs/}: {@code benchmarks} ({@code .md} and the plots' folder) for the
     * embedded default, {@code benchmarks-postgresql} on PostgreSQL, so that each keeps its own previous run.
     */
    String reportName() {
        return database.isPresent() ? "benchmarks-postgresql" : "benchmarks";
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
