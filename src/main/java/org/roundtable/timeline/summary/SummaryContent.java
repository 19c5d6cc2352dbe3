package org.roundtable.timeline.summary;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roundtable.shared.CleanText;

/**
 * The words of the summary, cleaned once, so the DOCX and the PDF say exactly the same thing and
 * the PDF's page count is a fair estimate for the DOCX.
 *
 * @param title    "Key events summary — Child A"
 * @param subtitle the review type and the learning event's date; empty when neither is known
 * @param prepared when the summary was prepared (UK date)
 * @param key      the agency key, in the model's order
 * @param rows     one per key event, in timeline order
 */
record SummaryContent(String title, String subtitle, String prepared, List<AgencyChip> key,
        List<Row> rows) {

    static final String PRE_READING = "For pre-reading. Not for circulation beyond the review.";
    static final String KEY_HEADING = "Agencies";
    static final String NO_KEY_EVENTS =
            "No key events yet: the facilitator has not flagged any timeline entries as key events.";
    static final List<String> HEADINGS = List.of("Date", "Agency", "What happened");

    // Dates are read by UK practitioners: "3 April 2019", in UK time.
    private static final DateTimeFormatter UK_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
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

        String sourceLine() {
            return source.isEmpty() ? "" : "Source: " + source;
        }
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
        return new SummaryContent(title(summary), subtitle(summary),
                "Prepared " + UK_DATE.format(summary.generatedAt().atZone(UK)),
                List.copyOf(byCode.values()), List.copyOf(rows));
    }

    private static String title(KeyEventsSummary summary) {
        String pseudonym = CleanText.oneLine(summary.pseudonym());
        return pseudonym.isEmpty() ? "Key events summary" : "Key events summary — " + pseudonym;
    }

    private static String subtitle(KeyEventsSummary summary) {
        List<String> parts = new ArrayList<>(2);
        String reviewType = CleanText.oneLine(summary.reviewTypeLabel());
        if (!reviewType.isEmpty()) {
            parts.add(reviewType);
        }
        if (summary.eventDate() != null) {
            parts.add("Learning event " + UK_DATE.format(summary.eventDate()));
        }
        return String.join(" · ", parts);
    }
}
