package org.roundtable.timeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.roundtable.timeline.importing.TestFiles.row;
import static org.roundtable.timeline.importing.TestFiles.style;
import static org.roundtable.timeline.importing.TestFiles.xlsx;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

import org.roundtable.timeline.importing.RawTable.RawRow;

class ChronologyFileWorkbookTest {

    @Test
    void a_plain_workbook_is_read_with_its_headings_and_row_numbers() {
        byte[] file = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Chronology");
            row(sheet, 0, "Date", "Event", "Source", "Ref");
            row(sheet, 1, "03/04/2019", "Home visit – mother présent", "Case notes", 101);
            row(sheet, 2, "04/04/2019", "Strategy discussion", "Minutes", 102);
        });

        RawTable table = ChronologyFile.read("csc.xlsx", file);

        assertThat(table.headers()).containsExactly("Date", "Event", "Source", "Ref");
        assertThat(table.headerRowNumber()).isEqualTo(1);
        assertThat(table.rows()).containsExactly(
                new RawRow(2, List.of("03/04/2019", "Home visit – mother présent", "Case notes", "101")),
                new RawRow(3, List.of("04/04/2019", "Strategy discussion", "Minutes", "102")));
    }

    @Test
    void a_title_merged_across_the_top_is_passed_over_to_the_headings_below() {
        byte[] file = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Police");
            row(sheet, 0, "Police chronology – Child A");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            row(sheet, 1, "Period: April 2018 to March 2020");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
            row(sheet, 3, "Date", "Time", "Details", "Officer");
            row(sheet, 4, "03/04/2019", "22:10", "Domestic incident reported by neighbour", "PC");
        });

        RawTable table = ChronologyFile.read("police.xlsx", file);

        assertThat(table.headerRowNumber()).isEqualTo(4);
        assertThat(table.headers()).containsExactly("Date", "Time", "Details", "Officer");
        assertThat(table.rows()).containsExactly(
                new RawRow(5, List.of("03/04/2019", "22:10", "Domestic incident reported by neighbour", "PC")));
    }

    @Test
    void a_heading_merged_across_columns_names_each_of_them() {
        byte[] file = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Health");
            row(sheet, 0, "Date", "Details", null, "Source");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            row(sheet, 1, "03/04/2019", "Immunisations due", "Letter sent", "Health record");
        });

        RawTable table = ChronologyFile.read("health.xlsx", file);

        assertThat(table.headers()).containsExactly("Date", "Details", "Details (2)", "Source");
        assertThat(table.rows().getFirst().cells())
                .containsExactly("03/04/2019", "Immunisations due", "Letter sent", "Health record");
    }

    @Test
    void a_first_entry_without_a_date_under_a_merged_heading_stays_an_entry() {
        byte[] file = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Health");
            row(sheet, 0, "Date", "Details", null, "Source");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            row(sheet, 1, null, "Immunisations due", "Letter sent", "Health record");
            row(sheet, 2, "04/04/2019", "Clinic", "Attended", "Health record");
        });

        RawTable table = ChronologyFile.read("health.xlsx", file);

        assertThat(table.headerRowNumber()).isEqualTo(1);
        assertThat(table.rows()).extracting(RawRow::rowNumber).containsExactly(2, 3);
    }

    @Test
    void a_group_heading_over_sub_headings_gives_each_column_both() {
        byte[] file = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("School");
            row(sheet, 0, "Date", "Contact", null, "Comments");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 3, 3));
            row(sheet, 1, null, "What happened", "Source");
            row(sheet, 2, "03/04/2019", "Arrived hungry", "Class teacher", "Pattern since March");
        });

        RawTable table = ChronologyFile.read("school.xlsx", file);

        assertThat(table.headerRowNumber()).isEqualTo(2);
        assertThat(table.headers()).containsExactly("Date", "Contact: What happened", "Contact: Source", "Comments");
        assertThat(ColumnMapping.guess(table.headers()).columns()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ChronologyField.DATE, 0, ChronologyField.WHAT_HAPPENED, 1, ChronologyField.SOURCE, 2,
                ChronologyField.COMMENTS, 3));
        assertThat(table.rows()).extracting(RawRow::rowNumber).containsExactly(3);
    }

    @Test
    void a_date_merged_down_over_a_day_of_entries_is_given_to_each_of_them() {
        byte[] file = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Ambulance");
            row(sheet, 0, "Date", "Time", "Event");
            row(sheet, 1, LocalDate.of(2019, 4, 3), "09:00", "Call received");
            row(sheet, 2, null, "09:20", "Arrived at address");
            row(sheet, 3, null, "10:05", "Conveyed to hospital");
            sheet.addMergedRegion(new CellRangeAddress(1, 3, 0, 0));
            row(sheet, 4, LocalDate.of(2019, 4, 4), "11:00", "Follow-up call");
        });

        RawTable table = ChronologyFile.read("ambulance.xlsx", file);

        assertThat(table.rows()).extracting(row -> row.cells().getFirst())
                .containsExactly("2019-04-03", "2019-04-03", "2019-04-03", "2019-04-04");
    }

    @Test
    void date_formatted_cells_become_iso_dates_and_times_keep_what_excel_shows() {
        byte[] file = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("GP");
            row(sheet, 0, "Date", "Time", "Event");
            row(sheet, 1, LocalDate.of(2019, 4, 3), null, "Seen with mother");
            row(sheet, 2, LocalDateTime.of(2019, 4, 4, 14, 30), null, "Telephone consultation");
            var timed = row(sheet, 3, LocalDate.of(2019, 4, 5), null, "Missed appointment");
            timed.createCell(1).setCellValue(LocalDateTime.of(2019, 4, 5, 9, 15));
            timed.getCell(1).setCellStyle(style(workbook, "hh:mm"));
        });

        RawTable table = ChronologyFile.read("gp.xlsx", file);

        assertThat(table.rows()).extracting(RawRow::cells).containsExactly(
                List.of("2019-04-03", "", "Seen with mother"),
                List.of("2019-04-04 14:30", "", "Telephone consultation"),
                List.of("2019-04-05", "09:15", "Missed appointment"));
    }

    @Test
    void excel_date_numbers_in_a_column_not_formatted_as_dates_come_through_as_numbers() {
        byte[] file = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Housing");
            row(sheet, 0, "Date", "Event");
            row(sheet, 1, 43558, "Rent arrears letter");
            row(sheet, 2, "43559", "Visit, no answer");
            row(sheet, 3, 43560.5, "Notice served");
        });

        RawTable table = ChronologyFile.read("housing.xlsx", file);

        assertThat(table.rows()).extracting(row -> row.cells().getFirst()).containsExactly("43558", "43559", "43560.5");
        assertThat(ChronologyImport.preview(table, ColumnMapping.guess(table.headers()), "HOU").acceptedEntries())
                .extracting(entry -> entry.date().date(), ImportedEntry::time)
                .containsExactly(
                        tuple(LocalDate.of(2019, 4, 3), null),
                        tuple(LocalDate.of(2019, 4, 4), null),
                        tuple(LocalDate.of(2019, 4, 5), LocalTime.NOON));
    }

    @Test
    void formula_cells_come_through_as_their_formula_and_are_never_evaluated() {
        byte[] file = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Chronology");
            row(sheet, 0, "Date", "Event", "Ref");
            var first = row(sheet, 1, "03/04/2019", "Visit");
            first.createCell(2).setCellFormula("1+1");
            var second = row(sheet, 2, null, "Strategy meeting", "=SUM(A1:A2)");
            second.createCell(0).setCellFormula("A2+7");
            var third = row(sheet, 3, "05/04/2019");
            third.createCell(1).setCellFormula("HYPERLINK(\"http://example.invalid\",\"click\")");
        });

        RawTable table = ChronologyFile.read("formulas.xlsx", file);

        assertThat(table.rows()).extracting(RawRow::cells).containsExactly(
                List.of("03/04/2019", "Visit", "=1+1"),
                List.of("=A2+7", "Strategy meeting", "=SUM(A1:A2)"),
                List.of("05/04/2019", "=HYPERLINK(\"http://example.invalid\",\"click\")", ""));
    }

    @Test
    void empty_rows_are_left_out_but_keep_their_numbers() {
        byte[] file = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Chronology");
            row(sheet, 0, "Date", "Event");
            row(sheet, 1, "03/04/2019", "Visit");
            row(sheet, 2, "", "  ");
            sheet.createRow(3).createCell(0).setCellStyle(style(workbook, "dd/mm/yyyy"));
            row(sheet, 6, "04/04/2019", "Call");
        });

        RawTable table = ChronologyFile.read("gaps.xlsx", file);

        assertThat(table.rows()).extracting(RawRow::rowNumber).containsExactly(2, 7);
    }

    @Test
    void a_cell_of_twenty_thousand_characters_comes_through_intact() {
        String longText = "Visit. ".repeat(2_857) + "z";
        assertThat(longText).hasSize(20_000);
        byte[] file = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Chronology");
            row(sheet, 0, "Date", "Event");
            row(sheet, 1, "03/04/2019", longText);
        });

        assertThat(ChronologyFile.read("long.xlsx", file).rows().getFirst().cells().get(1)).isEqualTo(longText);
    }

    @Test
    void numbers_booleans_and_line_breaks_come_through_as_excel_shows_them() {
        byte[] file = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Chronology");
            row(sheet, 0, "Date", "Event", "Ref", "Flag", "Score");
            row(sheet, 1, "03/04/2019", "Visit\nsecond line", 3.0, true, 2.5);
        });

        assertThat(ChronologyFile.read("values.xlsx", file).rows().getFirst().cells())
                .containsExactly("03/04/2019", "Visit\nsecond line", "3", "TRUE", "2.5");
    }

    @Test
    void hidden_sheets_and_an_instructions_sheet_in_front_are_passed_over() {
        byte[] file = xlsx(workbook -> {
            row(workbook.createSheet("Old version"), 0, "Date", "Event");
            row(workbook.getSheet("Old version"), 1, "01/01/2018", "Superseded");
            workbook.setSheetHidden(0, true);
            row(workbook.createSheet("Instructions"), 0, "Please fill in the chronology on the next sheet.");
            XSSFSheet sheet = workbook.createSheet("Chronology");
            row(sheet, 0, "Date of contact", "Summary of contact");
            row(sheet, 1, "03/04/2019", "Visit");
        });

        RawTable table = ChronologyFile.read("tabs.xlsx", file);

        assertThat(table.headers()).containsExactly("Date of contact", "Summary of contact");
        assertThat(table.rows().getFirst().cells()).containsExactly("03/04/2019", "Visit");
    }

    @Test
    void a_workbook_written_with_inline_strings_is_read() throws IOException {
        byte[] file;
        try (SXSSFWorkbook streaming = new SXSSFWorkbook()) {
            var sheet = streaming.createSheet("Chronology");
            row(sheet, 0, "Date", "Event");
            row(sheet, 1, "03/04/2019", "Visit – seen & well");
            file = TestFiles.bytesOf(streaming);
        }

        assertThat(ChronologyFile.read("streamed.xlsx", file).rows().getFirst().cells())
                .containsExactly("03/04/2019", "Visit – seen & well");
    }

    @Test
    void ten_thousand_workbook_rows_are_read() throws IOException {
        byte[] file;
        try (SXSSFWorkbook streaming = new SXSSFWorkbook()) { // POI's quick writer, so the test stays quick
            var sheet = streaming.createSheet("Chronology");
            row(sheet, 0, "Date", "Event");
            for (int i = 1; i <= 10_000; i++) {
                row(sheet, i, LocalDate.of(2019, 1, 1).plusDays(i % 365), "Entry " + i);
            }
            file = TestFiles.bytesOf(streaming);
        }

        RawTable table = ChronologyFile.read("big.xlsx", file);

        assertThat(table.rows()).hasSize(10_000);
        assertThat(ChronologyImport.preview(table, ColumnMapping.guess(table.headers()), "CSC").acceptedCount())
                .isEqualTo(10_000);
    }
}
