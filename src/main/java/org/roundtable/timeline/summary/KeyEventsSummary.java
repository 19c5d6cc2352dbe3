package org.roundtable.timeline.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.roundtable.shared.Texts;

/**
 * Everything the key events summary shows, and nothing more. The agencies' analysis/comments
 * column and the genogram are deliberately not part of this model, so no summary written from it
 * can ever contain them: the comments would steer participants before the learning event
 * (Essex §5.2) and the genogram never leaves the room.
 *
 * @param pseudonym       the agreed case pseudonym, such as "Child A"
 * @param reviewTypeLabel the review type as the UI names it, when set
 * @param eventDate       the (first) day of the learning event, when set
 * @param agencies        the agencies in the key, in the order they should be listed
 * @param entries         the entries flagged as key events, already in timeline order
 * @param generatedAt     when the summary was made; also used as the files' creation date, so the
 *                        same model always gives the same documents
 * @param language        the language the document speaks: the event's default language, as the
 *                        record export does, whoever downloads it ({@code reviewTypeLabel} and the
 *                        entries' dates are given in it too)
 */
public record KeyEventsSummary(String pseudonym, @Nullable String reviewTypeLabel,
        @Nullable LocalDate eventDate, List<SummaryAgency> agencies, List<SummaryEntry> entries,
        Instant generatedAt, Locale language) {

    public KeyEventsSummary {
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(generatedAt, "generatedAt");
        agencies = List.copyOf(agencies);
        entries = List.copyOf(entries);
        language = Texts.supported(language);
    }

    /** A summary in English. */
    public KeyEventsSummary(String pseudonym, @Nullable String reviewTypeLabel, @Nullable LocalDate eventDate,
            List<SummaryAgency> agencies, List<SummaryEntry> entries, Instant generatedAt) {
        this(pseudonym, reviewTypeLabel, eventDate, agencies, entries, generatedAt, Texts.ENGLISH);
    }
}
