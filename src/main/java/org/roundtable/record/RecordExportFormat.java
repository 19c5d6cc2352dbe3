package org.roundtable.record;

/** The formats the record exports to. */
public enum RecordExportFormat {
    DOCX("Word", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("PDF", "pdf", "application/pdf"),
    MARKDOWN("Markdown", "md", "text/markdown; charset=UTF-8"),
    JSON("JSON archive", "json", "application/json");

    private final String label;
    private final String extension;
    private final String mediaType;

    RecordExportFormat(String label, String extension, String mediaType) {
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
