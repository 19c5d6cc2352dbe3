package org.roundtable.timeline.importing;

import java.util.Locale;

import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.Texts;

/**
 * A chronology file we cannot import at all; the message tells the facilitator why, and what to
 * ask the agency for instead, in the facilitator's language ({@link #messageIn(Locale)}). Problems
 * with single rows are never this: they are per-row outcomes in the {@link ImportPreview}.
 */
public class ChronologyFileRejected extends InvalidInput {

    private final String key;
    private final transient Object[] args;

    private ChronologyFileRejected(String key, Object... args) {
        super(Texts.get(Texts.ENGLISH, key, args));
        this.key = key;
        this.args = args.clone();
    }

    @Override
    public String messageIn(Locale locale) {
        return Texts.get(locale, key, args);
    }

    static ChronologyFileRejected empty(String name) {
        return new ChronologyFileRejected("timeline.file.empty", name);
    }

    static ChronologyFileRejected nothingWritten(String name) {
        return new ChronologyFileRejected("timeline.file.nothing-written", name);
    }

    static ChronologyFileRejected tooBig(String name, long size, long limit) {
        return new ChronologyFileRejected("timeline.file.too-big", name, size(size), size(limit));
    }

    static ChronologyFileRejected unpacksTooBig(String name, long limit) {
        return new ChronologyFileRejected("timeline.file.unpacks-too-big", name, size(limit));
    }

    static ChronologyFileRejected tooManyRows(String name, int limit) {
        return new ChronologyFileRejected("timeline.file.too-many-rows", name, limit);
    }

    static ChronologyFileRejected tooManyColumns(String name, String column, int limit) {
        return new ChronologyFileRejected("timeline.file.too-many-columns", name, column, limit);
    }

    static ChronologyFileRejected noEntries(String name) {
        return new ChronologyFileRejected("timeline.file.no-entries", name);
    }

    static ChronologyFileRejected notText(String name) {
        return new ChronologyFileRejected("timeline.file.not-text", name);
    }

    static ChronologyFileRejected olderExcel(String name) {
        return new ChronologyFileRejected("timeline.file.older-excel", name);
    }

    static ChronologyFileRejected passwordProtected(String name) {
        return new ChronologyFileRejected("timeline.file.password-protected", name);
    }

    static ChronologyFileRejected wordDocument(String name) {
        return new ChronologyFileRejected("timeline.file.word-document", name);
    }

    static ChronologyFileRejected pdf(String name) {
        return new ChronologyFileRejected("timeline.file.pdf", name);
    }

    /** A spreadsheet of a kind we cannot read; {@code kindKey} names it ("an OpenDocument file (.ods or .odt)"). */
    static ChronologyFileRejected otherSpreadsheet(String name, String kindKey) {
        return new ChronologyFileRejected("timeline.file.other-spreadsheet", name, new Texts.Ref(kindKey));
    }

    static ChronologyFileRejected notAWorkbook(String name) {
        return new ChronologyFileRejected("timeline.file.not-a-workbook", name);
    }

    static ChronologyFileRejected unreadableWorkbook(String name) {
        return new ChronologyFileRejected("timeline.file.unreadable-workbook", name);
    }

    static ChronologyFileRejected noFilledSheet(String name) {
        return new ChronologyFileRejected("timeline.file.no-filled-sheet", name);
    }

    static ChronologyFileRejected unknownType(String name) {
        return new ChronologyFileRejected("timeline.file.unknown-type", name);
    }

    /**
     * "12.4 MB", "950 KB", "512 bytes": sizes as a facilitator sees them in their file browser,
     * a text put in in the message's language.
     */
    static Texts.Ref size(long bytes) {
        double megabytes = bytes / (1024.0 * 1024.0);
        if (megabytes >= 1) {
            return new Texts.Ref("timeline.size.megabytes", Math.round(megabytes * 10) / 10.0);
        }
        if (bytes >= 1024) {
            return new Texts.Ref("timeline.size.kilobytes", Math.round(bytes / 1024.0));
        }
        return new Texts.Ref("timeline.size.bytes", bytes);
    }
}
