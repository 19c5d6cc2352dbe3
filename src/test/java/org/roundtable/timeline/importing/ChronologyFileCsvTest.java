package org.roundtable.timeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtable.timeline.importing.TestFiles.utf8;
import static org.roundtable.timeline.importing.TestFiles.utf8WithBom;
import static org.roundtable.timeline.importing.TestFiles.windows1252;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.roundtable.timeline.importing.RawTable.RawRow;

class ChronologyFileCsvTest {

    @Test
    void a_comma_separated_utf8_file_without_a_byte_order_mark_is_read_cell_by_cell() {
        RawTable table = ChronologyFile.read("police.csv", utf8("""
                Date,Event,Source\r
                03/04/2019,Home visit – mother présent,Case notes\r
                04/04/2019,Strategy discussion,Minutes\r
                """));

        assertThat(table.headers()).containsExactly("Date", "Event", "Source");
        assertThat(table.headerRowNumber()).isEqualTo(1);
        assertThat(table.rows()).containsExactly(
                new RawRow(2, List.of("03/04/2019", "Home visit – mother présent", "Case notes")),
                new RawRow(3, List.of("04/04/2019", "Strategy discussion", "Minutes")));
    }

    @Test
    void a_utf8_byte_order_mark_is_not_part_of_the_first_heading() {
        RawTable table = ChronologyFile.read("health.csv", utf8WithBom("Date,Event\n03/04/2019,Clinic – “seen”\n"));

        assertThat(table.headers()).containsExactly("Date", "Event");
        assertThat(table.rows().getFirst().cells()).containsExactly("03/04/2019", "Clinic – “seen”");
    }

    @Test
    void a_windows_1252_file_keeps_its_pound_signs_and_curly_apostrophes() {
        byte[] content = windows1252("Date,Event\n03/04/2019,Mum’s benefit of £20 was stopped\n");
        assertThat(content).contains((byte) 0x92, (byte) 0xA3);

        RawTable table = ChronologyFile.read("housing.csv", content);

        assertThat(table.rows().getFirst().cells()).containsExactly("03/04/2019", "Mum’s benefit of £20 was stopped");
    }

    @Test
    void a_semicolon_separated_file_is_recognised_though_its_text_is_full_of_commas() {
        RawTable table = ChronologyFile.read("school.csv", utf8("""
                Date;Event;Source
                03/04/2019;Late again, third time this week, no breakfast;Register
                04/04/2019;Parents' evening, father attended;Notes
                05/04/2019;Absent;Register
                """));

        assertThat(table.headers()).containsExactly("Date", "Event", "Source");
        assertThat(table.rows().getFirst().cells())
                .containsExactly("03/04/2019", "Late again, third time this week, no breakfast", "Register");
    }

    @Test
    void a_tab_separated_text_file_is_read() {
        RawTable table = ChronologyFile.read("gp.txt", utf8("Date\tEvent\tRole\n03/04/2019\tSeen, weight 9kg\tGP\n"));

        assertThat(table.headers()).containsExactly("Date", "Event", "Role");
        assertThat(table.rows().getFirst().cells()).containsExactly("03/04/2019", "Seen, weight 9kg", "GP");
    }

    @Test
    void a_utf16_file_as_excel_saves_unicode_text_is_read() {
        byte[] body = "Date\tEvent\n03/04/2019\tVisit – seen\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] content = new byte[body.length + 2];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xFE;
        System.arraycopy(body, 0, content, 2, body.length);

        RawTable table = ChronologyFile.read("export.txt", content);

        assertThat(table.rows().getFirst().cells()).containsExactly("03/04/2019", "Visit – seen");
    }

    @Test
    void quoted_cells_keep_their_line_breaks_quotes_and_separators_and_count_as_one_row() {
        RawTable table = ChronologyFile.read("csc.csv", utf8("""
                Date,Event,Source
                03/04/2019,"Visit.
                Mother said ""he fell"", bruise on arm.",Case notes
                04/04/2019,"Strategy discussion, police and health",Minutes
                """));

        assertThat(table.rows()).containsExactly(
                new RawRow(2, List.of("03/04/2019", "Visit.\nMother said \"he fell\", bruise on arm.", "Case notes")),
                new RawRow(3, List.of("04/04/2019", "Strategy discussion, police and health", "Minutes")));
    }

    @Test
    void empty_rows_are_left_out_but_still_counted_in_row_numbers() {
        RawTable table = ChronologyFile.read("ambulance.csv", utf8("""
                Date,Event

                03/04/2019,Call out
                ,
                \s\s
                04/04/2019,Conveyed to hospital
                """));

        assertThat(table.rows()).extracting(RawRow::rowNumber).containsExactly(3, 6);
    }

    @Test
    void cells_that_look_like_formulas_are_kept_exactly_as_text() {
        RawTable table = ChronologyFile.read("odd.csv", utf8("""
                Date,Event,Ref
                03/04/2019,=SUM(A1:A9),+44 161 000 0000
                04/04/2019,"=HYPERLINK(""http://example.invalid"",""click"")",-1
                05/04/2019,@mention,=cmd|' /C calc'!A0
                """));

        assertThat(table.rows()).extracting(RawRow::cells).containsExactly(
                List.of("03/04/2019", "=SUM(A1:A9)", "+44 161 000 0000"),
                List.of("04/04/2019", "=HYPERLINK(\"http://example.invalid\",\"click\")", "-1"),
                List.of("05/04/2019", "@mention", "=cmd|' /C calc'!A0"));
    }

    @Test
    void titles_above_the_headings_are_passed_over() {
        RawTable table = ChronologyFile.read("police.csv", utf8("""
                Chronology of police involvement – Child A,,
                Prepared for the review panel,,
                ,,
                Date,Details,Officer
                03/04/2019,Domestic incident,PC
                """));

        assertThat(table.headerRowNumber()).isEqualTo(4);
        assertThat(table.headers()).containsExactly("Date", "Details", "Officer");
        assertThat(table.rows()).extracting(RawRow::rowNumber).containsExactly(5);
    }

    @Test
    void a_title_that_names_a_date_range_is_not_taken_for_the_headings() {
        RawTable table = ChronologyFile.read("gp.csv", utf8("""
                Date range:,01/04/2018 – 31/03/2020,
                Date,Event,Source
                03/04/2019,Seen,Record
                """));

        assertThat(table.headerRowNumber()).isEqualTo(2);
        assertThat(table.headers()).containsExactly("Date", "Event", "Source");
    }

    @Test
    void a_file_starting_straight_with_entries_has_numbered_columns_and_no_heading_row() {
        RawTable table = ChronologyFile.read("raw.csv", utf8("03/04/2019,Visit\n04/04/2019,Call\n"));

        assertThat(table.headerRowNumber()).isZero();
        assertThat(table.headers()).containsExactly("Column 1", "Column 2");
        assertThat(table.rows()).extracting(RawRow::rowNumber).containsExactly(1, 2);
    }

    @Test
    void rows_are_as_wide_as_the_widest_row_and_unnamed_columns_are_numbered() {
        RawTable table = ChronologyFile.read("ragged.csv", utf8("Date,Event\n03/04/2019\n04/04/2019,Call,extra note\n"));

        assertThat(table.headers()).containsExactly("Date", "Event", "Column 3");
        assertThat(table.rows()).extracting(RawRow::cells).containsExactly(
                List.of("03/04/2019", "", ""), List.of("04/04/2019", "Call", "extra note"));
    }

    @Test
    void headings_written_over_two_lines_are_shown_on_one() {
        RawTable table = ChronologyFile.read("x.csv", utf8("\"Date of\ncontact\",Event\n03/04/2019,Visit\n"));

        assertThat(table.headers()).containsExactly("Date of contact", "Event");
    }

    @Test
    void a_quote_left_open_at_the_end_does_not_stop_the_file_being_read() {
        RawTable table = ChronologyFile.read("x.csv", utf8("Date,Event\n03/04/2019,Visit\n04/04/2019,\"Unfinished"));

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).cells()).containsExactly("04/04/2019", "Unfinished");
    }

    @Test
    void ten_thousand_rows_are_read() {
        StringBuilder csv = new StringBuilder("Date,Time,Event,Source\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append(i % 28 + 1).append("/04/2019,").append(String.format("%02d:%02d", i % 24, i % 60))
                    .append(",\"Entry ").append(i).append(", with a comma\",Notes\n");
        }

        RawTable table = ChronologyFile.read("big.csv", utf8(csv.toString()));

        assertThat(table.rows()).hasSize(10_000);
        assertThat(table.rows().getLast().rowNumber()).isEqualTo(10_001);
    }

    @Test
    void a_cell_of_twenty_thousand_characters_comes_through_intact() {
        String longText = "a".repeat(19_999) + "z";

        RawTable table = ChronologyFile.read("x.csv", utf8("Date,Event\n03/04/2019,\"" + longText + "\"\n"));

        assertThat(table.rows().getFirst().cells().get(1)).isEqualTo(longText);
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_its_size_and_the_limit() {
        byte[] twelveMegabytes = new byte[12 * 1024 * 1024];

        assertThatThrownBy(() -> ChronologyFile.read("huge.csv", twelveMegabytes))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessageStartingWith("The file 'huge.csv' is 12 MB; the largest file we can import is 10 MB.");
    }

    @Test
    void a_file_over_the_row_limit_is_refused_and_one_at_the_limit_is_read() {
        ImportLimits limits = new ImportLimits(10_000_000, 100, 20_000);
        StringBuilder hundred = new StringBuilder("Date,Event\n");
        for (int i = 0; i < 100; i++) {
            hundred.append("03/04/2019,Entry ").append(i).append('\n');
        }

        assertThat(ChronologyFile.read("ok.csv", utf8(hundred.toString()), limits).rows()).hasSize(100);
        assertThatThrownBy(() -> ChronologyFile.read("over.csv", utf8(hundred + "03/04/2019,One more\n"), limits))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessage("The file 'over.csv' has more than 100 rows of entries; the most we can import at once"
                        + " is 100.");
        assertThatThrownBy(() -> ChronologyFile.read("over.csv", utf8(hundred.toString().repeat(20)), limits))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessageContaining("more than 100 rows");
    }

    @Test
    void a_file_with_only_headings_is_refused() {
        assertThatThrownBy(() -> ChronologyFile.read("headings.csv", utf8("Date,Event,Source\n\n")))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessage("The file 'headings.csv' has column headings but no entries below them.");
    }

    @Test
    void a_file_of_blank_lines_is_refused() {
        assertThatThrownBy(() -> ChronologyFile.read("blank.csv", utf8("\n , \n\n")))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessage("The file 'blank.csv' has nothing written in it.");
    }

    @Test
    void something_far_to_the_right_is_refused_rather_than_read_into_thousands_of_columns() {
        String row = "03/04/2019,Visit" + ",".repeat(300) + "stray";

        assertThatThrownBy(() -> ChronologyFile.read("wide.csv", utf8("Date,Event\n" + row + "\n")))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessageStartingWith("The file 'wide.csv' has something in column 302, beyond the first 200");
    }
}
