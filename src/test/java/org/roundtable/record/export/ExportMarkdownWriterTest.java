package org.roundtable.record.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.record.RecordExportSection.Paragraph;
import org.roundtable.record.RecordExportSection.Row;
import org.roundtable.record.RecordExportSection.Section;
import org.roundtable.record.RecordExportSection.Table;
import org.roundtable.shared.CleanText;

/** Markdown and cleaning of what people typed, without Spring. */
class ExportMarkdownWriterTest {

    @Test
    void typed_markdown_and_html_are_escaped_so_they_read_as_written() {
        assertThat(ExportMarkdownWriter.escape("# Not a heading [link](x) <script>"))
                .isEqualTo("\\# Not a heading \\[link\\]\\(x\\) &lt;script\\>");
    }

    @Test
    void a_pipe_or_line_break_in_a_cell_keeps_the_table_whole() {
        ExportDocument document = new ExportDocument("Record", List.of(), List.of(new Section("S", List.of(
                new Table(List.of("A", "B"), List.of(new Row("one | two", "line\nnext")))))));
        String markdown = new String(ExportMarkdownWriter.write(document), StandardCharsets.UTF_8);
        assertThat(markdown).contains("| one \\\\| two |").doesNotContain("line\nnext");
    }

    @Test
    void a_paragraph_of_odd_characters_is_cleaned_of_controls_and_keeps_the_rest() {
        assertThat(CleanText.of("🧒🏽 עברית\u0000\u0007 ok")).isEqualTo("🧒🏽 עברית ok");
        assertThat(new Paragraph("x").note()).isFalse();
    }
}
