package org.roundtable.record;

import java.util.Locale;

import org.roundtable.shared.Texts;

/** The formats the record exports to. */
public enum RecordExportFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf"),
    MARKDOWN("md", "text/markdown; charset=UTF-8"),
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    RecordExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The format's name in English. */
    public String label() {
        return label(Texts.ENGLISH);
    }

    /** The format's name as people read it, in {@code locale}'s language ("Word", "JSON archive"). */
    public String label(Locale locale) {
        return Texts.label(locale, this);
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
