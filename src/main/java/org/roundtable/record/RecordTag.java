package org.roundtable.record;

import java.util.Locale;

import org.roundtable.shared.Texts;

/** The note-taker's quick tags on a record entry, in the order of their shortcuts (Alt+1..Alt+5). */
public enum RecordTag {
    LEARNING_POINT,
    ACTION,
    GOOD_PRACTICE,
    DISAGREEMENT,
    HINDSIGHT;

    /** As the note-taker reads it in English. */
    public String label() {
        return label(Texts.ENGLISH);
    }

    /** As the note-taker reads it, in {@code locale}'s language. */
    public String label(Locale locale) {
        return Texts.label(locale, this);
    }
}
