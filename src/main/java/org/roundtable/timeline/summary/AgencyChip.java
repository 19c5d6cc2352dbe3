package org.roundtable.timeline.summary;

import java.util.HexFormat;
import java.util.regex.Pattern;
import org.roundtable.shared.CleanText;

/**
 * An agency as printed: its code in white bold on its colour, and its name. The code is always
 * printed, so colour is never the only cue.
 *
 * @param code the agency code, cleaned
 * @param name the agency name, cleaned; empty for an entry whose agency is not in the key
 * @param hex  the colour as six lower-case hex digits, no {@code #}
 */
record AgencyChip(String code, String name, String hex) {

    /** A grey that white text passes AA on (7:1), for an unknown agency or an unreadable colour. */
    static final String NEUTRAL_HEX = "595959";

    private static final Pattern RRGGBB = Pattern.compile("#?[0-9a-fA-F]{6}");

    static AgencyChip of(SummaryAgency agency) {
        return new AgencyChip(CleanText.oneLine(agency.code()), CleanText.oneLine(agency.name()),
                hexOf(agency.colour()));
    }

    /** The chip for an entry whose agency code is not in the key: grey, code only. */
    static AgencyChip unknown(String code) {
        return new AgencyChip(CleanText.oneLine(code), "", NEUTRAL_HEX);
    }

    int red() {
        return channel(0);
    }

    int green() {
        return channel(2);
    }

    int blue() {
        return channel(4);
    }

    private int channel(int at) {
        return HexFormat.fromHexDigits(hex, at, at + 2);
    }

    private static String hexOf(String colour) {
        String trimmed = colour.strip();
        if (!RRGGBB.matcher(trimmed).matches()) {
            return NEUTRAL_HEX;
        }
        return trimmed.substring(trimmed.length() - 6).toLowerCase(java.util.Locale.ROOT);
    }
}
