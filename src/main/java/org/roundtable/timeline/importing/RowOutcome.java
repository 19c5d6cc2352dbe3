package org.roundtable.timeline.importing;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.roundtable.shared.Texts;

/**
 * What the import makes of one row of the file. Every outcome keeps the row's cells, so that the
 * facilitator can correct them in place ({@link ImportPreview#withRowFixed}).
 */
public sealed interface RowOutcome {

    /** The row's number as the file shows it. */
    int rowNumber();

    /** The row's cells as the file (or the facilitator's correction) gave them. */
    List<String> cells();

    /** The row becomes {@code entry}. */
    record Accepted(ImportedEntry entry, List<String> cells) implements RowOutcome {

        public Accepted {
            cells = List.copyOf(cells);
        }

        @Override
        public int rowNumber() {
            return entry.rowNumber();
        }
    }

    /** The row cannot be read; {@code problems} name every problem in it, as texts in the reader's language. */
    record Rejected(int rowNumber, List<Texts.Ref> problems, List<String> cells) implements RowOutcome {

        public Rejected {
            problems = List.copyOf(problems);
            cells = List.copyOf(cells);
        }

        /** The reason in English: it starts "Row 14: " and names every problem in the row. */
        public String reason() {
            return reasonIn(Texts.ENGLISH);
        }

        /** The reason in {@code locale}'s language: "Row 14: …", "Rhes 14: …". */
        public String reasonIn(Locale locale) {
            return Texts.get(locale, "timeline.row.rejected", rowNumber, problems.stream()
                    .map(problem -> Texts.get(locale, problem.key(), problem.args()))
                    .collect(Collectors.joining("; ")));
        }
    }

    /** The row is left out: it is empty, or the facilitator chose to skip it ({@code reason}, in English). */
    record Skipped(int rowNumber, String reason, List<String> cells) implements RowOutcome {

        public static final String EMPTY = "empty row";
        public static final String BY_FACILITATOR = "skipped by the facilitator";

        public Skipped {
            cells = List.copyOf(cells);
        }

        /** Why it is left out, in {@code locale}'s language. */
        public String reasonIn(Locale locale) {
            return switch (reason) {
                case EMPTY -> Texts.get(locale, "timeline.row.skipped.empty");
                case BY_FACILITATOR -> Texts.get(locale, "timeline.row.skipped.by-facilitator");
                default -> reason;
            };
        }
    }
}
