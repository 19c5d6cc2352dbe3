package org.roundtable.event;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.roundtable.shared.Texts;

/** A key theme for analysis, as the review panel chose it, with an optional description. */
public record KeyTheme(String title, @Nullable String description) {

    /** Above this many themes the facilitator is warned (not stopped): the guidance asks for six or seven. */
    public static final int ADVISED_MAXIMUM = 7;

    /** A warning to show when there are more themes than the guidance advises, in {@code locale}'s language. */
    public static Optional<String> warningFor(Locale locale, int count) {
        return count <= ADVISED_MAXIMUM ? Optional.empty()
                : Optional.of(Texts.get(locale, "event.key-themes.too-many", count));
    }

    /** A warning to show when there are more themes than the guidance advises. */
    public static Optional<String> warningFor(int count) {
        if (count <= ADVISED_MAXIMUM) {
            return Optional.empty();
        }
        return Optional.of("There are " + count + " key themes. The guidance suggests no more than six or seven, "
                + "so that each group can analyse its theme in depth.");
    }
}
