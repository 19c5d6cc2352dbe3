package org.roundtable.record.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.roundtable.record.RecordExportSection.Block;
import org.roundtable.record.RecordExportSection.Bullets;
import org.roundtable.record.RecordExportSection.Paragraph;
import org.roundtable.record.RecordExportSection.Row;
import org.roundtable.record.RecordExportSection.Section;
import org.roundtable.record.RecordExportSection.Subheading;
import org.roundtable.record.RecordExportSection.Table;

/** Writes the record as Markdown: what people typed is escaped, so it reads as they wrote it. */
public final class ExportMarkdownWriter {

    private ExportMarkdownWriter() {
    }

    public static byte[] write(ExportDocument document) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(document.title())).append("\n\n");
        document.titlePage().forEach(line -> md.append(escape(line)).append("  \n"));
        for (Section section : document.sections()) {
            md.append("\n## ").append(escape(section.title())).append("\n");
            for (Block block : section.blocks()) {
                md.append('\n');
                switch (block) {
                    case Subheading s -> md.append("### ").append(escape(s.text())).append('\n');
                    case Paragraph p -> md.append(p.note() ? "*" + escape(p.text()) + "*" : escape(p.text()))
                            .append('\n');
                    case Bullets b -> b.items().forEach(item -> md.append("- ").append(escape(item)
                            .replace("\n", "\n  ")).append('\n'));
                    case Table t -> table(md, t);
                }
            }
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder md, Table table) {
        row(md, table.headings());
        md.append('|');
        table.headings().forEach(h -> md.append(" --- |"));
        md.append('\n');
        for (Row row : table.rows()) {
            row(md, row.cells());
        }
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(escape(cell).replace("|", "\\|").replace("\n", "<br>")).append(" |");
        }
        md.append('\n');
    }

    /**
     * The text with Markdown's special characters escaped, and HTML's angle brackets, so typed
     * text never becomes a heading, a link, markup or a script. Line breaks stay as hard breaks.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~', '>' ->
                        escaped.append('\\').append(c);
                case '<' -> escaped.append("&lt;");
                case '&' -> escaped.append("&amp;");
                case '\n' -> escaped.append("  \n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
