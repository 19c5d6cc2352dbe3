package org.roundtable.timeline.importing;

import java.util.Locale;

/** Recognising what a column heading means, whatever its case, spacing or punctuation. */
final class Headings {

    private static final int LONGEST_HEADING = 60;
    private static final int EXACT = 1000;

    private Headings() {
    }

    /** "Analysis/Comments:" and "analysis  comments" both become "analysis comments". */
    static String normalise(String heading) {
        return heading.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /**
     * How strongly {@code heading} names {@code field}: above 1000 for an exact synonym, else the
     * length of the longest synonym it contains as whole words (so "end date" beats "date"), else 0.
     * Synonyms shorter than three letters ("to", "id") count only when exact.
     */
    static int strength(String heading, ChronologyField field) {
        String normalised = normalise(heading);
        if (normalised.isEmpty() || normalised.length() > LONGEST_HEADING) {
            return 0;
        }
        String padded = " " + normalised + " ";
        int best = 0;
        for (String synonym : field.headings()) {
            if (normalised.equals(synonym)) {
                return EXACT + synonym.length();
            }
            if (synonym.length() >= 3 && synonym.length() > best && padded.contains(" " + synonym + " ")) {
                best = synonym.length();
            }
        }
        return best;
    }

    /** Whether a cell reads like a chronology column heading. */
    static boolean recognises(String cell) {
        for (ChronologyField field : ChronologyField.values()) {
            if (strength(cell, field) > 0) {
                return true;
            }
        }
        return false;
    }
}
