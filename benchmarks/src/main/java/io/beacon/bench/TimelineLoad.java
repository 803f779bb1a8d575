package io.beacon.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Loading a big incident: {@code GET /api/incidents/{id}/timeline}, which reads the incident's event stream, timed
 * from the client after a warm-up, one request at a time.
 */
final class TimelineLoad {

    /** {@code failed}: loads not answered 2xx (timed out, refused, an error): their times are no figure. */
    record Result(double p50Seconds, double p95Seconds, int entries, int failed, int lastStatus) {
    }

    private TimelineLoad() {
    }

    static Result measure(Target target, String incidentId, int loads) {
        String url = target.incidentApi() + "/" + incidentId + "/timeline";
        for (int i = 0; i < 3; i++) {
            target.http().get(url);
        }
        List<Double> seconds = new ArrayList<>();
        Http.Answer last = null;
        int failed = 0;
        for (int i = 0; i < loads; i++) {
            long start = System.nanoTime();
            last = target.http().get(url);
            seconds.add((System.nanoTime() - start) / 1e9);
            failed += last.ok() ? 0 : 1;
        }
        int entries = last == null || !last.ok() ? 0 : countEntries(last.body());
        return new Result(Percentiles.of(seconds, 0.5), Percentiles.of(seconds, 0.95), entries, failed,
                last == null ? 0 : last.status());
    }

    private static int countEntries(String json) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).size();
    }
}
