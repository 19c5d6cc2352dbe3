package org.roundtable.record.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDefaultRunStyle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.roundtable.record.RecordExportSection;

class ExportDocxWriterTest {

    @Test
    void a_long_table_reads_as_one_table_every_row_in_order_with_one_header() throws Exception {
        List<RecordExportSection.Row> rows = new ArrayList<>();
        for (int i = 0; i < 601; i++) {
            rows.add(new RecordExportSection.Row(List.of("HV", "Note " + i), "#336699"));
        }
        ExportDocument record = new ExportDocument("Child J", List.of("Learning event"), List.of(
                new RecordExportSection.Section("Notes", List.of(new RecordExportSection.Table(List.of("Agency", "Note"),
                        rows)))));

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(ExportDocxWriter.write(record)))) {
            List<String> notes = new ArrayList<>();
            int headers = 0;
            List<BodyElementType> afterFirstTable = new ArrayList<>();
            boolean inTables = false;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFTable table) {
                    inTables = true;
                    for (XWPFTableRow row : table.getRows()) {
                        String second = row.getCell(1).getText();
                        if (second.equals("Note")) {
                            headers++;
                        } else {
                            notes.add(second);
                        }
                    }
                } else if (inTables) {
                    afterFirstTable.add(element.getElementType());
                    inTables = false;
                }
            }
            assertThat(headers).isEqualTo(1);
            assertThat(notes).hasSize(601).startsWith("Note 0", "Note 1").endsWith("Note 600");
            // Nothing between the parts: the first thing after the tables is the paragraph closing the whole table.
            assertThat(document.getTables()).hasSizeGreaterThan(1);
            assertThat(afterFirstTable).containsExactly(BodyElementType.PARAGRAPH);
        }
    }

    @Test
    void text_is_arial_at_nine_points_by_default_and_runs_say_only_what_differs() throws Exception {
        ExportDocument record = new ExportDocument("Child J", List.of("Learning event"), List.of(
                new RecordExportSection.Section("Notes", List.of(
                        new RecordExportSection.Paragraph("Shown as written.", true),
                        new RecordExportSection.Table(List.of("Agency", "Note"),
                                List.of(new RecordExportSection.Row(List.of("HV", "Seen at home"), "#336699")))))));

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(ExportDocxWriter.write(record)))) {
            XWPFDefaultRunStyle defaults = document.getStyles().getDefaultRunStyle();
            assertThat(defaults.getFontSizeAsDouble()).isEqualTo(9.0);
            assertThat(document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
                    .getRFontsArray(0).getAscii()).isEqualTo("Arial");

            XWPFTable table = document.getTables().getFirst();
            XWPFRun header = table.getRow(0).getCell(1).getParagraphs().getFirst().getRuns().getFirst();
            XWPFRun agency = table.getRow(1).getCell(0).getParagraphs().getFirst().getRuns().getFirst();
            XWPFRun note = table.getRow(1).getCell(1).getParagraphs().getFirst().getRuns().getFirst();
            assertThat(header.isBold()).isTrue();
            assertThat(agency.isBold()).isTrue();
            assertThat(agency.getColor()).isEqualToIgnoringCase("ffffff");
            // A cell's text inherits everything: no font, size, colour or bold of its own.
            assertThat(note.getText(0)).isEqualTo("Seen at home");
            assertThat(note.getCTR().isSetRPr()).isFalse();

            XWPFRun title = document.getParagraphs().getFirst().getRuns().getFirst();
            assertThat(title.getFontSizeAsDouble()).isEqualTo(20.0);
            XWPFRun aside = document.getParagraphs().stream().filter(p -> p.getText().equals("Shown as written."))
                    .findFirst().orElseThrow().getRuns().getFirst();
            assertThat(aside.getColor()).isEqualToIgnoringCase("595959");
            assertThat(aside.getFontSizeAsDouble()).isNull();
        }
    }
}
