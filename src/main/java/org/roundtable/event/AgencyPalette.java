package org.roundtable.event;

import java.util.List;

/**
 * Agency colours chosen so that white text on each keeps WCAG AA contrast (at least 4.5:1),
 * and neighbouring colours differ in hue as well as lightness.
 */
public final class AgencyPalette {

    /** In the order they are handed out. */
    public static final List<String> COLOURS = List.of(
            "#1F4E9C", // blue
            "#A33A00", // burnt orange
            "#1E6B34", // green
            "#6B2C91", // purple
            "#A3195B", // magenta
            "#00636B", // teal
            "#6B4E16", // brown
            "#3D4A5C", // slate
            "#8A1C1C", // red
            "#2F5D00"  // olive
    );

    private AgencyPalette() {
    }

    /** The colour for the {@code index}-th agency of an event (cycling when there are many). */
    public static String colourFor(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }

    /** WCAG contrast ratio of white text on {@code hex}. */
    public static double contrastWithWhite(String hex) {
        double background = relativeLuminance(hex);
        return (1.0 + 0.05) / (background + 0.05);
    }

    static double relativeLuminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
