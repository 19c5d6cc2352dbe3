package org.roundtable.timeline.summary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roundtable.shared.CleanText;
import org.roundtable.shared.Texts;

/**
 * The words of the summary, cleaned once and in the summary's language, so the DOCX and the PDF
 * say exactly the same thing and the PDF's page count is a fair estimate for the DOCX.
 *
 * @param language the language the document speaks (its texts are {@code timeline.summary.*})
 * @param title    "Key events summary — Child A"
 * @param subtitle the review type and the learning event's date; empty when neither is known
 * @param prepared when the summary was prepared (a UK date)
 * @param key      the agency key, in the model's order
 * @param rows     one per key event, in timeline order
 */
record SummaryContent(Locale language, String title, String subtitle, String prepared, List<AgencyChip> key,
        List<Row> rows) {

    // Dates are read by UK practitioners, in UK time.
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /**
     * One key event as printed.
     *
     * @param date         the date, one line
     * @param time         the time, or empty
     * @param agency       the agency chip
     * @param whatHappened the text; may hold line breaks
     * @param source       the source, or empty
     */
    record Row(String date, String time, AgencyChip agency, String whatHappened, String source) {
    }

    static SummaryContent of(KeyEventsSummary summary) {
        Map<String, AgencyChip> byCode = new LinkedHashMap<>();
        for (SummaryAgency agency : summary.agencies()) {
            byCode.putIfAbsent(agency.code(), AgencyChip.of(agency));
        }
        List<Row> rows = new ArrayList<>(summary.entries().size());
        for (SummaryEntry entry : summary.entries()) {
            AgencyChip chip = byCode.get(entry.agencyCode());
            rows.add(new Row(CleanText.oneLine(entry.dateDisplay()),
                    CleanText.oneLine(entry.timeDisplay()),
                    chip != null ? chip : AgencyChip.unknown(entry.agencyCode()),
                    CleanText.of(entry.whatHappened()),
                    CleanText.oneLine(entry.source())));
        }
        Locale language = summary.language();
        return new SummaryContent(language, title(summary), subtitle(summary),
                Texts.get(language, "timeline.summary.prepared",
                        asDate(summary.generatedAt().atZone(UK).toLocalDate())),
                List.copyOf(byCode.values()), List.copyOf(rows));
    }

    /** "For pre-reading. Not for circulation beyond the review." */
    String preReading() {
        return text("timeline.summary.pre-reading");
    }

    /** The heading of the agency key. */
    String keyHeading() {
        return text("timeline.summary.agencies");
    }

    /** What the document says in place of the table when no entry is a key event. */
    String noKeyEvents() {
        return text("timeline.summary.no-key-events");
    }

    /** The table's headings: Date | Agency | What happened. */
    List<String> headings() {
        return List.of(text("timeline.summary.date"), text("timeline.summary.agency"),
                text("timeline.summary.what-happened"));
    }

    /** "Source: …" under a key event, or empty when it has no source. */
    String sourceLine(Row row) {
        return row.source().isEmpty() ? "" : Texts.get(language, "timeline.summary.source", row.source());
    }

    /** The word before the page number in the footer. */
    String pageWord() {
        return text("timeline.summary.page");
    }

    /** The document's language for readers and screen readers: "en-GB", "cy-GB". */
    String languageTag() {
        return language.toLanguageTag();
    }

    private String text(String key) {
        return Texts.get(language, key);
    }

    private static String title(KeyEventsSummary summary) {
        String pseudonym = CleanText.oneLine(summary.pseudonym());
        return pseudonym.isEmpty() ? Texts.get(summary.language(), "timeline.summary.title")
                : Texts.get(summary.language(), "timeline.summary.title-of", pseudonym);
    }

    private static String subtitle(KeyEventsSummary summary) {
        List<String> parts = new ArrayList<>(2);
        String reviewType = CleanText.oneLine(summary.reviewTypeLabel());
        if (!reviewType.isEmpty()) {
            parts.add(reviewType);
        }
        if (summary.eventDate() != null) {
            parts.add(Texts.get(summary.language(), "timeline.summary.learning-event", asDate(summary.eventDate())));
        }
        return String.join(" · ", parts);
    }

    /**
     * A day as the texts' {@code {0,date,…}} patterns take it, which name the month in the
     * document's language: midday in this machine's zone, the zone those patterns print in.
     */
    private static Date asDate(LocalDate day) {
        return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
