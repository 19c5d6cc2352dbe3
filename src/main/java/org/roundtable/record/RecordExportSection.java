package org.roundtable.record;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;

/**
 * A section another feature adds to the exported record (the evaluation summary, the
 * note-taker's record). Declare an implementation as a Spring bean and every export picks it up:
 * sections come after the record's own ones, by {@link #order()}, in Word, PDF and Markdown. The
 * JSON archive needs nothing from a section: it carries the event's log, which holds its facts.
 *
 * <p>Implementations read through their own feature's services as the {@code facilitator} and
 * must leave names out: agency codes or roles only.
 */
public interface RecordExportSection {

    /** Where the section goes among the added ones: lower first. The note-taker's record is 100, the evaluation 200. */
    int order();

    /**
     * The section for this event, or empty when there is nothing to show (an export must still
     * work without it); its fixed headings and labels in {@code language}, the event's.
     */
    Optional<Section> sectionFor(Caller facilitator, String eventId, RecordExportOptions options, Locale language);

    /** A titled section of plain blocks that every format can write. */
    record Section(String title, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** One piece of a section. Text is plain: writers escape and clean it for their format. */
    sealed interface Block permits Subheading, Paragraph, Bullets, Table {
    }

    record Subheading(String text) implements Block {
    }

    /** A paragraph; {@code note} writes it smaller and grey, for explanations. */
    record Paragraph(String text, boolean note) implements Block {
        public Paragraph(String text) {
            this(text, false);
        }
    }

    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table; a row may carry an agency colour ({@code #rrggbb}) for its first cell. */
    record Table(List<String> headings, List<Row> rows) implements Block {
        public Table {
            headings = List.copyOf(headings);
            rows = List.copyOf(rows);
        }
    }

    record Row(List<String> cells, @Nullable String colour) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Row(String... cells) {
            this(List.of(cells), null);
        }
    }
}
