package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AgencyPaletteTest {

    private static final double WCAG_AA_NORMAL_TEXT = 4.5;

    @Test
    void white_text_on_every_agency_colour_meets_wcag_aa() {
        assertThat(AgencyPalette.COLOURS).isNotEmpty();
        for (String colour : AgencyPalette.COLOURS) {
            assertThat(contrastOfWhiteOn(colour)).as("white on %s", colour).isGreaterThanOrEqualTo(WCAG_AA_NORMAL_TEXT);
        }
    }

    @Test
    void the_palette_reports_the_same_contrast_as_the_wcag_formula() {
        for (String colour : AgencyPalette.COLOURS) {
            assertThat(AgencyPalette.contrastWithWhite(colour)).isCloseTo(contrastOfWhiteOn(colour), within(0.01));
        }
        assertThat(AgencyPalette.contrastWithWhite("#000000")).isCloseTo(21.0, within(0.01));
        assertThat(AgencyPalette.contrastWithWhite("#FFFFFF")).isCloseTo(1.0, within(0.01));
    }

    @Test
    void every_colour_is_a_six_digit_hex_colour() {
        assertThat(AgencyPalette.COLOURS).allMatch(c -> c.matches("#[0-9A-Fa-f]{6}"));
    }

    @Test
    void no_two_agencies_get_the_same_or_a_barely_different_colour() {
        List<String> colours = AgencyPalette.COLOURS;
        assertThat(new HashSet<>(colours.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList())).hasSameSizeAs(colours);
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
                assertThat(rgbDistance(colours.get(i), colours.get(j)))
                        .as("%s and %s", colours.get(i), colours.get(j))
                        .isGreaterThan(40);
            }
        }
    }

    @Test
    void colours_are_handed_out_in_order_and_start_again_after_the_last() {
        int size = AgencyPalette.COLOURS.size();

        for (int i = 0; i < size; i++) {
            assertThat(AgencyPalette.colourFor(i)).isEqualTo(AgencyPalette.COLOURS.get(i));
            assertThat(AgencyPalette.colourFor(i + size)).isEqualTo(AgencyPalette.COLOURS.get(i));
            assertThat(AgencyPalette.colourFor(i + 3 * size)).isEqualTo(AgencyPalette.COLOURS.get(i));
        }
        assertThat(AgencyPalette.colourFor(size)).isEqualTo(AgencyPalette.colourFor(0));
    }

    @Test
    void neighbouring_agencies_get_different_colours() {
        for (int i = 0; i < 2 * AgencyPalette.COLOURS.size(); i++) {
            assertThat(AgencyPalette.colourFor(i)).isNotEqualTo(AgencyPalette.colourFor(i + 1));
        }
    }

    /** WCAG 2 contrast ratio of white (luminance 1) on the colour, computed here independently. */
    private static double contrastOfWhiteOn(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double luminance = 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double rgbDistance(String a, String b) {
        int x = Integer.parseInt(a.substring(1), 16);
        int y = Integer.parseInt(b.substring(1), 16);
        double red = (x >> 16 & 0xFF) - (y >> 16 & 0xFF);
        double green = (x >> 8 & 0xFF) - (y >> 8 & 0xFF);
        double blue = (x & 0xFF) - (y & 0xFF);
        return Math.sqrt(red * red + green * green + blue * blue);
    }
}
