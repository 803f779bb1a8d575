package io.beacon.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@code docs/benchmarks.md}: the new run's table on top and the previous run's table beneath it, moved
 * from the file being replaced, so a regression shows side by side. Only one previous run is kept; older ones live
 * in git history.
 */
final class MarkdownReport {

    static final String LATEST_HEADING = "## Latest run (";
    static final String PREVIOUS_HEADING = "## Previous run (";
    private static final Pattern DATE = Pattern.compile("^## Latest run \\((.*)\\)\\s*$");

    private MarkdownReport() {
    }

    static String render(RunSummary run, Optional<String> previousFile) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n")
                .append("Written by the benchmark command (README, \"Benchmarks\"); do not edit by hand: the next run ")
                .append("moves the latest table down to \"Previous run\" and replaces the rest.\n\n");
        md.append(LATEST_HEADING).append(run.date()).append(")\n\n");
        run.facts().forEach(f -> md.append("- ").append(f).append('\n'));
        md.append('\n').append(table(run.rows())).append('\n');
        if (!run.notes().isEmpty()) {
            run.notes().forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
        }
        run.plots().forEach(p -> md.append("![").append(p.caption()).append("](").append(p.path()).append(")\n\n"));
        previousFile.flatMap(MarkdownReport::latestSectionOf).ifPresent(md::append);
        return md.toString();
    }

    static String table(List<ResultRow> rows) {
        StringBuilder t = new StringBuilder("| measure | figure | limit (same run) | ratio | goal | result |\n")
                .append("|---|---|---|---|---|---|\n");
        for (ResultRow r : rows) {
            t.append("| ").append(cell(r.measure())).append(" | ").append(cell(r.figure())).append(" | ")
                    .append(cell(r.limit())).append(" | ").append(cell(r.ratio())).append(" | ")
                    .append(cell(r.goal())).append(" | ").append(r.verdict().text()).append(" |\n");
        }
        return t.toString();
    }

    private static String cell(String text) {
        return text == null || text.isBlank() ? "—" : text.replace("|", "\\|").replace("\n", " ");
    }

    /** The old file's latest run (its facts and its table) re-headed as the previous run; empty if it has none. */
    static Optional<String> latestSectionOf(String oldMarkdown) {
        List<String> lines = oldMarkdown.lines().toList();
        int start = -1;
        String date = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = DATE.matcher(lines.get(i));
            if (m.matches()) {
                start = i;
                date = m.group(1);
                break;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        List<String> facts = new ArrayList<>();
        List<String> table = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i);
            if (line.startsWith("|")) {
                table.add(line);
            } else if (!table.isEmpty()) {
                break; // the notes and plots after the table belong to that run's files, which are gone
            } else if (line.startsWith("- ")) {
                facts.add(line);
            }
        }
        if (table.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder section = new StringBuilder(PREVIOUS_HEADING).append(date).append(")\n\n");
        facts.forEach(f -> section.append(f).append('\n'));
        section.append('\n');
        table.forEach(t -> section.append(t).append('\n'));
        return Optional.of(section.toString());
    }
}
