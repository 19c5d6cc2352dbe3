package org.roundtable.timeline.summary;

import java.util.Objects;

/**
 * An agency as the summary's key and table show it.
 *
 * @param code   the agency's short label, always printed so colour is never the only cue
 * @param name   the agency's full name
 * @param colour the agency colour as {@code #rrggbb}; white text on it passes WCAG AA. A value in
 *               any other form is replaced by a neutral grey rather than rejected.
 */
public record SummaryAgency(String code, String name, String colour) {

    public SummaryAgency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
    }
}
