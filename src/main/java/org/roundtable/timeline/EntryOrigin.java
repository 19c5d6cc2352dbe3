package org.roundtable.timeline;

import java.util.Locale;

import org.roundtable.shared.Texts;

/**
 * Where an entry of the merged timeline comes from: the prepared chronologies, or the room at
 * the learning event (a missing event added, or an entry corrected; the original is kept in
 * the record, see {@link Timelines#revisions}).
 */
public enum EntryOrigin {
    PREPARED,
    ADDED_AT_EVENT,
    CORRECTED_AT_EVENT;

    /** As people read it in English: "Added at the learning event". */
    public String label() {
        return label(Texts.ENGLISH);
    }

    /** As people read it, in {@code locale}'s language: "Added at the learning event". */
    public String label(Locale locale) {
        return Texts.label(locale, this);
    }
}
