package io.beacon.bench;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A plain line chart drawn with java.awt (headless), enough for a report: axes from zero with five ticks each,
 * labels, the series as a line with its points (or the points alone), and an optional dashed goal line.
 */
record LineChart(String title, String xLabel, String yLabel, List<Point> points, Double goal, String goalLabel,
                 boolean joined) {

    /** A line through the points, in order. */
    LineChart(String title, String xLabel, String yLabel, List<Point> points, Double goal, String goalLabel) {
        this(title, xLabel, yLabel, points, goal, goalLabel, true);
    }

    /** The same axes with the points alone: one measurement each, no trend between them. */
    LineChart scatter() {
        return new LineChart(title, xLabel, yLabel, points, goal, goalLabel, false);
    }

    record Point(double x, double y) {
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 480;
    private static final int LEFT = 105;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;
    private static final int TICKS = 5;

    void writePng(Path file) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g);
        } finally {
            g.dispose();
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double maxX = niceMax(points.stream().mapToDouble(Point::x).max().orElse(1));
        double maxY = niceMax(Math.max(points.stream().mapToDouble(Point::y).max().orElse(1),
                goal == null ? 0 : goal * 1.1));
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.setColor(Color.BLACK);
        centered(g, title, LEFT + plotW / 2, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i <= TICKS; i++) {
            int x = LEFT + plotW * i / TICKS;
            int y = TOP + plotH - plotH * i / TICKS;
            g.setColor(new Color(230, 230, 230));
            g.drawLine(LEFT, y, LEFT + plotW, y);
            g.drawLine(x, TOP, x, TOP + plotH);
            g.setColor(Color.DARK_GRAY);
            centered(g, tick(maxX * i / TICKS), x, TOP + plotH + 18);
            String yTick = tick(maxY * i / TICKS);
            g.drawString(yTick, LEFT - 8 - g.getFontMetrics().stringWidth(yTick), y + 4);
        }
        g.setColor(Color.BLACK);
        g.drawLine(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH);
        g.drawLine(LEFT, TOP, LEFT, TOP + plotH);
        centered(g, xLabel, LEFT + plotW / 2, HEIGHT - 18);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        centered(g, yLabel, -(TOP + plotH / 2), 18);
        g.setTransform(saved);
        if (goal != null) {
            int y = TOP + plotH - (int) Math.round(plotH * goal / maxY);
            g.setColor(new Color(200, 40, 40));
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 6f}, 0f));
            g.drawLine(LEFT, y, LEFT + plotW, y);
            g.drawString(goalLabel == null ? "goal" : goalLabel, LEFT + 6, y - 5);
        }
        g.setColor(new Color(30, 90, 180));
        g.setStroke(new BasicStroke(2f));
        int[] px = new int[points.size()];
        int[] py = new int[points.size()];
        for (int i = 0; i < points.size(); i++) {
            px[i] = LEFT + (int) Math.round(plotW * points.get(i).x() / maxX);
            py[i] = TOP + plotH - (int) Math.round(plotH * points.get(i).y() / maxY);
            g.fillOval(px[i] - 2, py[i] - 2, 5, 5);
        }
        if (joined) {
            g.drawPolyline(px, py, points.size());
        }
    }

    private static void centered(Graphics2D g, String text, int x, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, x - fm.stringWidth(text) / 2, y);
    }

    private static String tick(double value) {
        return value >= 10 || value == 0 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code value}. */
    static double niceMax(double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[]{1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
