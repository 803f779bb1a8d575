package io.beacon.bench;

/**
 * One line of the results table: what was measured, the figure, the raw limit it is compared with (measured in the
 * same run), their ratio, the goal, and the verdict. Empty strings for a limit or ratio that does not apply.
 */
record ResultRow(String measure, String figure, String limit, String ratio, String goal, Verdict verdict) {

    static ResultRow of(String measure, String figure, String goal, boolean passed) {
        return new ResultRow(measure, figure, "", "", goal, Verdict.of(passed));
    }

    /** A figure against a limit: the ratio is figure / limit. */
    static ResultRow against(String measure, double figure, String unit, double limit, String limitText,
                             String goal, boolean passed) {
        String ratio = limit > 0 && Double.isFinite(figure) ? String.format("%.2f", figure / limit) : "";
        return new ResultRow(measure, Format.number(figure) + " " + unit, limitText, ratio, goal, Verdict.of(passed));
    }

    ResultRow failedBecause(String why) {
        return new ResultRow(measure, why, limit, ratio, goal, Verdict.FAIL);
    }
}
