package io.beacon.bench;

import java.util.List;

/**
 * What one run found, ready to render: when it ran, the facts about the machine and the set-up (one line each),
 * the table, notes on how figures were taken, and the plots (relative paths from {@code docs/}).
 */
record RunSummary(String date, List<String> facts, List<ResultRow> rows, List<String> notes, List<Plot> plots) {

    /** A picture in the report: its caption and its path relative to the report. */
    record Plot(String caption, String path) {
    }
}
