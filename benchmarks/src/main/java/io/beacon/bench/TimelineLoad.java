package io.beacon.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Loading a big incident: {@code GET /api/incidents/{id}/timeline}, a page at a time, timed from the client after a
 * warm-up, one request at a time: its first and its last page as a client that names no size gets them (the
 * service's default page), the first page of {@value #BIG_PAGE} for comparison with runs before that default
 * shrank, and the whole timeline walked in pages of 1,000.
 */
final class TimelineLoad {

    static final int BIG_PAGE = 500;
    private static final int WALK_PAGE = 1_000;
    private static final JsonMapper json = JsonMapper.builder().build();

    /**
     * {@code failed}: loads not answered 2xx (timed out, refused, an error): their times are no figure.
     * {@code entries}: the whole timeline's entries, counted by the walk.
     */
    record Result(int page, double firstPageP50, double firstPageP95, double lastPageP50, double lastPageP95,
                  double bigPageP50, int entries, int pages, double walkSeconds, int failed, int lastStatus) {

        /** The slower of the two page loads: the figure held against the goal. */
        double pageP50() {
            return Math.max(firstPageP50, lastPageP50);
        }
    }

    private TimelineLoad() {
    }

    static Result measure(Target target, String incidentId, int loads) {
        String url = target.incidentApi() + "/" + incidentId + "/timeline";
        int[] failed = {0};
        int[] lastStatus = {0};
        long walkStart = System.nanoTime();
        long after = -1;
        int entries = 0;
        int pages = 0;
        while (true) {
            Http.Answer page = target.http().get(url + "?limit=" + WALK_PAGE + (after < 0 ? "" : "&after=" + after));
            lastStatus[0] = page.status();
            if (!page.ok()) {
                return new Result(0, 0, 0, 0, 0, 0, entries, pages, 0, 1, page.status());
            }
            JsonNode read = json.readTree(page.body());
            pages++;
            entries += read.size();
            if (read.size() < WALK_PAGE) {
                break;
            }
            after = read.get(read.size() - 1).get("sequence").asLong();
        }
        double walkSeconds = (System.nanoTime() - walkStart) / 1e9;
        Http.Answer firstAnswer = target.http().get(url);
        if (!firstAnswer.ok()) {
            return new Result(0, 0, 0, 0, 0, 0, entries, pages, walkSeconds, 1, firstAnswer.status());
        }
        int page = json.readTree(firstAnswer.body()).size(); // the service's default page
        String lastPage = url + "?after=" + Math.max(0, entries - page - 1);
        List<Double> first = times(target, url, loads, failed, lastStatus);
        List<Double> last = times(target, lastPage, loads, failed, lastStatus);
        List<Double> big = times(target, url + "?limit=" + BIG_PAGE, loads, failed, lastStatus);
        return new Result(page, Percentiles.of(first, 0.5), Percentiles.of(first, 0.95), Percentiles.of(last, 0.5),
                Percentiles.of(last, 0.95), Percentiles.of(big, 0.5), entries, pages, walkSeconds, failed[0],
                lastStatus[0]);
    }

    private static List<Double> times(Target target, String url, int loads, int[] failed, int[] lastStatus) {
        for (int i = 0; i < 3; i++) {
            target.http().get(url);
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < loads; i++) {
            long start = System.nanoTime();
            Http.Answer answer = target.http().get(url);
            seconds.add((System.nanoTime() - start) / 1e9);
            failed[0] += answer.ok() ? 0 : 1;
            lastStatus[0] = answer.status();
        }
        return seconds;
    }
}
