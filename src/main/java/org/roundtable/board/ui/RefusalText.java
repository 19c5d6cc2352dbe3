package org.roundtable.board.ui;

import java.util.Locale;
import java.util.Objects;

import org.roundtable.shared.InvalidInput;

/** A refusal's words in the screen's language (a refusal not yet given a text reads as it was written). */
final class RefusalText {

    private RefusalText() {
    }

    static String of(RuntimeException refused, Locale locale) {
        return refused instanceof InvalidInput invalid ? invalid.messageIn(locale)
                : Objects.requireNonNullElse(refused.getMessage(), "");
    }
}
