package org.roundtable.timeline.importing;

import org.roundtable.timeline.ChronologyDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.roundtable.shared.Texts;
import org.roundtable.shared.UserText;
import org.roundtable.timeline.importing.RowOutcome.Accepted;
import org.roundtable.timeline.importing.RowOutcome.Rejected;
import org.roundtable.timeline.importing.RowOutcome.Skipped;
import org.roundtable.timeline.importing.UkDates.DateAndTimeText;

/** Turns one row's cells into its {@link RowOutcome}, under one agency, mapping and set of limits. */
final class RowReader {

    /** What agencies write in an optional date or time column when they do not know it. */
    private static final Set<String> NOT_GIVEN = Set.of("n/k", "nk", "not known", "unknown", "n/a", "na", "-", "--",
            "none", "tbc", "not recorded", "ongoing",
            "anhysbys", "dim yn hysbys", "amherthnasol", "dim", "i'w gadarnhau", "heb ei gofnodi", "parhaus");
    private static final List<ChronologyField> TEXT_FIELDS = List.of(ChronologyField.WHAT_HAPPENED,
            ChronologyField.SOURCE, ChronologyField.PRACTITIONER_ROLE, ChronologyField.COMMENTS,
            ChronologyField.REFERENCE);

    final String agencyCode;
    final ColumnMapping mapping;
    final List<String> headers;
    final ImportLimits limits;

    RowReader(String agencyCode, ColumnMapping mapping, List<String> headers, ImportLimits limits) {
        this.agencyCode = agencyCode;
        this.mapping = mapping;
        this.headers = List.copyOf(headers);
        this.limits = limits;
    }

    RowOutcome read(int rowNumber, List<String> cells) {
        List<String> cleaned = cells.stream().map(RowReader::clean).toList();
        if (cleaned.stream().allMatch(String::isEmpty)) {
            return new Skipped(rowNumber, Skipped.EMPTY, cells);
        }
        List<Texts.Ref> problems = new ArrayList<>();

        DateAndTimeText dateCell = UkDates.splitTime(cell(cleaned, ChronologyField.DATE));
        ChronologyDate date = null;
        if (dateCell.date().isEmpty()) {
            problems.add(new Texts.Ref("timeline.row.date-empty"));
        } else {
            switch (UkDates.parse(dateCell.date())) {
                case Reading.Read<ChronologyDate> read -> date = read.value();
                case Reading.Unreadable<ChronologyDate> unreadable ->
                        problems.add(new Texts.Ref("timeline.row.date-unreadable", unreadable.why()));
            }
        }

        LocalTime time = null;
        String timeCell = cell(cleaned, ChronologyField.TIME);
        if (isGiven(timeCell)) {
            DateAndTimeText split = UkDates.splitTime(timeCell);
            time = timeOf(split.time() != null ? split.time() : timeCell, problems);
        } else if (dateCell.time() != null) {
            time = timeOf(dateCell.time(), problems);
            // Systems export a date alone as "03/04/2019 00:00:00"; that midnight means no time was given.
            if (LocalTime.MIDNIGHT.equals(time)) {
                time = null;
            }
        }

        ChronologyDate endDate = null;
        String endCell = cell(cleaned, ChronologyField.END_DATE);
        if (isGiven(endCell)) {
            switch (UkDates.parse(UkDates.splitTime(endCell).date())) {
                case Reading.Read<ChronologyDate> read -> endDate = read.value();
                case Reading.Unreadable<ChronologyDate> unreadable ->
                        problems.add(new Texts.Ref("timeline.row.end-date-unreadable", unreadable.why()));
            }
            if (date != null && endDate != null && endDate.lastDay().isBefore(date.date())) {
                problems.add(new Texts.Ref("timeline.row.end-before-date",
                        UkDates.quoted(endDate.asWritten()), UkDates.quoted(date.asWritten())));
            }
        }

        String whatHappened = cell(cleaned, ChronologyField.WHAT_HAPPENED);
        if (whatHappened.isEmpty()) {
            problems.add(new Texts.Ref("timeline.row.what-happened-empty"));
        }
        for (ChronologyField field : TEXT_FIELDS) {
            String text = cell(cleaned, field);
            int length = text.codePointCount(0, text.length());
            if (length > limits.maxCellLength()) {
                problems.add(new Texts.Ref("timeline.row.too-long", headerOf(field), length, limits.maxCellLength()));
            }
        }

        if (!problems.isEmpty() || date == null) {
            return new Rejected(rowNumber, problems, cells);
        }
        return new Accepted(new ImportedEntry(agencyCode, date, time, endDate, whatHappened,
                optional(cleaned, ChronologyField.SOURCE), optional(cleaned, ChronologyField.PRACTITIONER_ROLE),
                optional(cleaned, ChronologyField.COMMENTS), optional(cleaned, ChronologyField.REFERENCE), rowNumber),
                cells);
    }

    private static @Nullable LocalTime timeOf(String text, List<Texts.Ref> problems) {
        return switch (UkTimes.parse(text)) {
            case Reading.Read<LocalTime> read -> read.value();
            case Reading.Unreadable<LocalTime> unreadable -> {
                problems.add(new Texts.Ref("timeline.row.time-unreadable", unreadable.why()));
                yield null;
            }
        };
    }

    private String cell(List<String> cleaned, ChronologyField field) {
        int column = mapping.columnOf(field).orElse(-1);
        return column >= 0 && column < cleaned.size() ? cleaned.get(column) : "";
    }

    private @Nullable String optional(List<String> cleaned, ChronologyField field) {
        String text = cell(cleaned, field);
        return text.isEmpty() ? null : text;
    }

    /** The column's heading as the file writes it, or else the field's name in the reader's language. */
    private Object headerOf(ChronologyField field) {
        int column = mapping.columnOf(field).orElse(-1);
        return column >= 0 && column < headers.size() ? headers.get(column) : new Texts.Ref(Texts.labelKey(field));
    }

    private static boolean isGiven(String cell) {
        return !cell.isEmpty() && !NOT_GIVEN.contains(cell.toLowerCase(Locale.ROOT));
    }

    /** Cleaned as {@link UserText#clean} cleans typed text, with non-breaking spaces made plain. */
    static String clean(@Nullable String cell) {
        return cell == null ? "" : UserText.clean(UkDates.spacesNormalised(cell));
    }
}
