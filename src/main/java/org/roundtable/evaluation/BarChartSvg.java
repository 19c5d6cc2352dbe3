package org.roundtable.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * Draws a horizontal bar chart as an SVG document: one row per value with its label, a bar as long
 * as its share of the responses, and the count with its percentage. Every text is escaped, so a
 * facilitator's option text can never become markup on the screen.
 */
public final class BarChartSvg {

    /** One bar: what was chosen and how many chose it. */
    public record Bar(String label, int count) {
    }

    static final String NO_RESPONSES = "No responses yet";
    private static final int WIDTH = 520;
    private static final int ROW = 30;
    private static final int LABEL_WIDTH = 190;
    private static final int BAR_AREA = 220;
    private static final int BAR_HEIGHT = 18;
    private static final int MAX_LABEL_CHARS = 28;

    private BarChartSvg() {
    }

    /**
     * The chart as an SVG string.
     *
     * @param title     what the chart is about, read out by screen readers
     * @param bars      the bars in order
     * @param responses what the percentages are shares of (for a multiple choice, the number of
     *                  responses, not the sum of the counts); with none, every bar is empty at 0%
     */
    public static String render(String title, List<Bar> bars, int responses) {
        int height = Math.max(1, bars.size()) * ROW + 6;
        StringBuilder svg = new StringBuilder(256 + bars.size() * 256);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rt-eval-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape(title)).append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        if (responses == 0) {
            svg.append("<desc>").append(NO_RESPONSES).append("</desc>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int percent = responses == 0 ? 0 : Math.round(100f * bar.count() / responses);
            double length = responses == 0 ? 0 : BAR_AREA * Math.min(1.0, (double) bar.count() / responses);
            int top = i * ROW + 4;
            int baseline = top + 14;
            svg.append("<text x=\"0\" y=\"").append(baseline).append("\" class=\"rt-eval-chart-label\">")
                    .append(escape(shortened(bar.label()))).append("</text>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(top)
                    .append("\" width=\"").append(BAR_AREA).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" class=\"rt-eval-chart-track\" fill=\"#e8ecef\"/>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(top)
                    .append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", length))
                    .append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" class=\"rt-eval-chart-bar\" fill=\"#1f5f8b\"/>");
            svg.append("<text x=\"").append(LABEL_WIDTH + BAR_AREA + 8).append("\" y=\"").append(baseline)
                    .append("\" class=\"rt-eval-chart-count\">").append(bar.count()).append(" (").append(percent)
                    .append("%)</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String shortened(String label) {
        if (label.codePointCount(0, label.length()) <= MAX_LABEL_CHARS) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, MAX_LABEL_CHARS - 1)) + "…";
    }

    /** Text as XML character data or an attribute value: markup characters become entities. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids (control characters) are left out rather than breaking the chart
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
