package org.roundtable.timeline.importing;

import org.roundtable.timeline.ChronologyDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtable.timeline.importing.TestFiles.utf8;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.ChronologyDate.Precision;
import org.roundtable.timeline.importing.RawTable.RawRow;
import org.roundtable.timeline.importing.RowOutcome.Accepted;
import org.roundtable.timeline.importing.RowOutcome.Rejected;
import org.roundtable.timeline.importing.RowOutcome.Skipped;

class ChronologyImportTest {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> HEADERS = List.of("Date", "Time", "End date", "Details", "Source", "Role",
            "Analysis/comments", "Ref");

    @Test
    void a_complete_row_becomes_an_entry_with_every_field() {
        ImportPreview preview = preview(row(2, "c. April 2019", "2.30pm", "June 2019",
                "Stayed with grandparents", "Case notes", "Social worker", "Not assessed", "CSC-17"));

        assertThat(preview.acceptedEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.agencyCode()).isEqualTo("CSC");
            assertThat(entry.date()).isEqualTo(
                    new ChronologyDate(LocalDate.of(2019, 4, 1), Precision.MONTH, true, "c. April 2019"));
            assertThat(entry.time()).isEqualTo(LocalTime.of(14, 30));
            assertThat(entry.endDate().display()).isEqualTo("Jun 2019");
            assertThat(entry.whatHappened()).isEqualTo("Stayed with grandparents");
            assertThat(entry.source()).isEqualTo("Case notes");
            assertThat(entry.practitionerRole()).isEqualTo("Social worker");
            assertThat(entry.comments()).isEqualTo("Not assessed");
            assertThat(entry.reference()).isEqualTo("CSC-17");
            assertThat(entry.rowNumber()).isEqualTo(2);
        });
    }

    @Test
    void optional_cells_left_empty_become_nothing_rather_than_empty_text() {
        ImportedEntry entry = preview(row(2, "03/04/2019", "", "", "Visit", "", " ", "", "")).acceptedEntries()
                .getFirst();

        assertThat(entry.time()).isNull();
        assertThat(entry.endDate()).isNull();
        assertThat(entry.source()).isNull();
        assertThat(entry.practitionerRole()).isNull();
        assertThat(entry.comments()).isNull();
        assertThat(entry.reference()).isNull();
    }

    @Test
    void text_is_cleaned_of_control_characters_and_surrounding_space() {
        ImportedEntry entry = preview(row(2, " 03/04/2019\u00A0", "", "", "  Visit\u0007 –\r\nmother seen\u200B ",
                "\u0000Notes", "", "", "")).acceptedEntries().getFirst();

        assertThat(entry.whatHappened()).isEqualTo("Visit –\nmother seen");
        assertThat(entry.source()).isEqualTo("Notes");
    }

    @Test
    void each_unreadable_row_is_rejected_with_its_row_number_and_reason() {
        ImportPreview preview = preview(
                row(14, "31/02/2019", "", "", "Visit", "", "", "", ""),
                row(9, "03/04/2019", "", "", "   ", "", "", "", ""),
                row(11, "", "", "", "Call", "", "", "", ""),
                row(12, "03/04/2019", "25:00", "", "Call", "", "", "", ""),
                row(13, "03/04/2019", "", "01/04/2019", "Placement", "", "", "", ""),
                row(15, "next week", "after lunch", "", "", "", "", "", ""));

        assertThat(preview.rejectedRows()).extracting(Rejected::reason).containsExactly(
                "Row 14: the date '31/02/2019' is not a date: February 2019 has 28 days",
                "Row 9: 'what happened' is empty",
                "Row 11: the date is empty",
                "Row 12: the time '25:00' is not a time: there is no hour 25",
                "Row 13: the end date '01/04/2019' is before the date '03/04/2019'",
                "Row 15: the date 'next week' is not a date: write it like 03/04/2019, 3 Apr 2019, Apr 2019 or 2019;"
                        + " the time 'after lunch' is not a time: write it like 14:30, 2.30pm or 1430;"
                        + " 'what happened' is empty");
        assertThat(preview.rejectedRows().getFirst().cells()).containsExactly("31/02/2019", "", "", "Visit", "", "",
                "", "");
    }

    @Test
    void a_rejected_rows_reason_reads_in_welsh() {
        ImportPreview preview = preview(row(14, "", "", "", "", "", "", "", ""), row(15, "", "", "", "Ymweliad", "", "",
                "", ""));

        assertThat(((Rejected) preview.rejectedRows().getFirst()).reasonIn(Texts.WELSH))
                .isEqualTo("Rhes 15: mae'r dyddiad yn wag");
        assertThat(((Rejected) preview.rejectedRows().getFirst()).reason()).isEqualTo("Row 15: the date is empty");
    }

    @Test
    void a_rejected_rows_unreadable_date_and_time_read_in_welsh_end_to_end() {
        ImportPreview preview = preview(row(14, "31/02/2019", "25:00", "", "Ymweliad", "", "", "", ""));

        assertThat(((Rejected) preview.rejectedRows().getFirst()).reasonIn(Texts.WELSH)).isEqualTo(
                "Rhes 14: ni allwn ddarllen y dyddiad (dydy '31/02/2019' ddim yn ddyddiad: dim ond 28 diwrnod sydd"
                        + " ym mis Chwefror 2019); ni allwn ddarllen yr amser (dydy '25:00' ddim yn amser: does dim"
                        + " awr 25)");
        assertThat(((Rejected) preview.rejectedRows().getFirst()).reason()).isEqualTo(
                "Row 14: the date '31/02/2019' is not a date: February 2019 has 28 days;"
                        + " the time '25:00' is not a time: there is no hour 25");
    }

    @Test
    void a_welsh_chronology_with_welsh_month_names_imports() {
        List<String> headings = List.of("Dyddiad", "Amser", "Beth ddigwyddodd", "Ffynhonnell", "Rôl yr ymarferydd",
                "Sylwadau", "Cyfeirnod");
        RawTable table = new RawTable(headings, List.of(
                row(2, "3 Ebrill 2019", "14:30", "Ymwelodd yr heddlu â'r cartref.", "Log digwyddiadau", "Swyddog",
                        "Heb ei atgyfeirio.", "HED-1"),
                row(3, "Gorffennaf 2019", "anhysbys", "Apwyntiad wedi'i fethu.", "", "Ymwelydd iechyd", "", "")),
                1);

        ImportPreview preview = ChronologyImport.preview(table, ColumnMapping.guess(headings), "HED");

        assertThat(preview.rejectedRows()).isEmpty();
        ImportedEntry first = preview.acceptedEntries().getFirst();
        assertThat(first.date().date()).isEqualTo(LocalDate.of(2019, 4, 3));
        assertThat(first.time()).isEqualTo(LocalTime.of(14, 30));
        assertThat(first.source()).isEqualTo("Log digwyddiadau");
        assertThat(first.practitionerRole()).isEqualTo("Swyddog");
        assertThat(first.comments()).isEqualTo("Heb ei atgyfeirio.");
        assertThat(first.reference()).isEqualTo("HED-1");
        ImportedEntry second = preview.acceptedEntries().get(1);
        assertThat(second.date().display(Texts.WELSH)).isEqualTo("Gor 2019");
        assertThat(second.time()).isNull();
    }

    @Test
    void a_row_with_nothing_readable_in_it_is_skipped_as_empty() {
        ImportPreview preview = preview(row(5, " ", "\u0007", "", "\u00A0", "", "", "", ""));

        assertThat(preview.outcomes()).containsExactly(new Skipped(5, "empty row",
                List.of(" ", "\u0007", "", "\u00A0", "", "", "", "")));
    }

    @Test
    void a_time_written_in_the_date_cell_is_used_unless_the_time_column_gives_one() {
        ImportPreview preview = preview(
                row(2, "03/04/2019 14:30", "", "", "A", "", "", "", ""),
                row(3, "2019-04-03 09:15", "10:00", "", "B", "", "", "", ""),
                row(4, "03/04/2019 00:00:00", "", "", "C", "", "", "", ""),
                row(5, "03/04/2019", "03/04/2019 16:45", "", "D", "", "", "", ""));

        assertThat(preview.acceptedEntries()).extracting(ImportedEntry::time)
                .containsExactly(LocalTime.of(14, 30), LocalTime.of(10, 0), null, LocalTime.of(16, 45));
    }

    @Test
    void a_time_or_end_date_written_as_not_known_is_left_out() {
        ImportPreview preview = preview(row(2, "03/04/2019", "N/K", "ongoing", "Placement began", "", "", "", ""));

        assertThat(preview.acceptedEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.time()).isNull();
            assertThat(entry.endDate()).isNull();
        });
    }

    @Test
    void a_cell_of_twenty_thousand_characters_is_accepted_and_one_more_is_rejected() {
        ImportPreview preview = preview(
                row(2, "03/04/2019", "", "", "a".repeat(20_000), "", "", "", ""),
                row(3, "03/04/2019", "", "", "a".repeat(20_001), "", "", "", ""),
                row(4, "03/04/2019", "", "", "Visit", "", "", "c".repeat(25_000), ""));

        assertThat(preview.acceptedEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.whatHappened()).hasSize(20_000));
        assertThat(preview.rejectedRows()).extracting(Rejected::reason).containsExactly(
                "Row 3: the text under 'Details' is 20,001 characters long; the limit is 20,000",
                "Row 4: the text under 'Analysis/comments' is 25,000 characters long; the limit is 20,000");
    }

    @Test
    void counts_accepted_rejected_and_skipped_rows() {
        ImportPreview preview = preview(
                row(2, "03/04/2019", "", "", "A", "", "", "", ""),
                row(3, "bad", "", "", "B", "", "", "", ""),
                row(4, "", "", "", "", "", "", "", ""),
                row(5, "2019", "", "", "D", "", "", "", ""));

        assertThat(preview.acceptedCount()).isEqualTo(2);
        assertThat(preview.rejectedCount()).isEqualTo(1);
        assertThat(preview.skippedCount()).isEqualTo(1);
        assertThat(preview.hasRejectedRows()).isTrue();
        assertThat(preview.outcomes()).extracting(RowOutcome::rowNumber).containsExactly(2, 3, 4, 5);
    }

    @Test
    void a_rejected_row_fixed_in_place_is_read_again_and_the_rest_stay_as_they_were() {
        ImportPreview preview = preview(
                row(2, "03/04/2019", "", "", "A", "", "", "", ""),
                row(3, "31/02/2019", "", "", "B", "", "", "", ""));

        ImportPreview fixed = preview.withRowFixed(3, List.of("28/02/2019", "", "", "B", "", "", "", ""));

        assertThat(fixed.rejectedCount()).isZero();
        assertThat(fixed.acceptedEntries()).extracting(entry -> entry.date().date())
                .containsExactly(LocalDate.of(2019, 4, 3), LocalDate.of(2019, 2, 28));
        assertThat(fixed.outcomeOf(3)).get().isInstanceOf(Accepted.class)
                .extracting(RowOutcome::cells, InstanceOfAssertFactories.LIST)
                .first().isEqualTo("28/02/2019");
        assertThat(preview.rejectedCount()).as("the earlier preview is unchanged").isEqualTo(1);
    }

    @Test
    void a_fix_that_is_still_wrong_gives_the_new_reason() {
        ImportPreview preview = preview(row(3, "31/02/2019", "", "", "B", "", "", "", ""));

        ImportPreview stillWrong = preview.withRowFixed(3, List.of("30/02/2019", "", "", "B", "", "", "", ""));

        assertThat(stillWrong.rejectedRows()).extracting(Rejected::reason)
                .containsExactly("Row 3: the date '30/02/2019' is not a date: February 2019 has 28 days");
    }

    @Test
    void a_row_can_be_skipped_and_brought_back() {
        ImportPreview preview = preview(row(3, "31/02/2019", "", "", "B", "", "", "", ""));

        ImportPreview skipped = preview.withRowSkipped(3);
        ImportPreview broughtBack = skipped.withRowFixed(3, skipped.outcomeOf(3).orElseThrow().cells());

        assertThat(skipped.outcomes()).containsExactly(new Skipped(3, "skipped by the facilitator",
                List.of("31/02/2019", "", "", "B", "", "", "", "")));
        assertThat(skipped.skippedCount()).isEqualTo(1);
        assertThat(skipped.acceptedEntries()).isEmpty();
        assertThat(broughtBack.rejectedCount()).isEqualTo(1);
    }

    @Test
    void fixing_or_skipping_a_row_that_is_not_there_is_a_mistake() {
        ImportPreview preview = preview(row(3, "03/04/2019", "", "", "B", "", "", "", ""));

        assertThatThrownBy(() -> preview.withRowSkipped(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> preview.withRowFixed(2, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_mapping_without_the_date_or_what_happened_is_refused() {
        RawTable table = new RawTable(HEADERS, List.of(row(2, "03/04/2019", "", "", "A", "", "", "", "")), 1);

        assertThatThrownBy(() -> ChronologyImport.preview(table, ColumnMapping.none().with(ChronologyField.DATE, 0),
                "CSC", ImportLimits.DEFAULTS))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Choose which column holds what happened.");
    }

    @Test
    void a_mapping_pointing_past_the_columns_or_a_missing_agency_is_refused() {
        RawTable table = new RawTable(List.of("Date", "Event"), List.of(row(2, "03/04/2019", "A")), 1);
        ColumnMapping mapping = ColumnMapping.guess(table.headers());

        assertThatThrownBy(() -> ChronologyImport.preview(table, mapping.with(ChronologyField.SOURCE, 5), "CSC"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("The column chosen for the source is not in this file; it has 2 columns.");
        assertThatThrownBy(() -> ChronologyImport.preview(table, mapping, "  "))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Choose the agency whose chronology this is.");
    }

    @Test
    void ten_thousand_rows_from_a_csv_file_are_previewed() {
        StringBuilder csv = new StringBuilder("Date of contact;Time;Summary of contact;Worker role\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append(LocalDate.of(2015, 1, 1).plusDays(i).format(DAY_MONTH_YEAR)).append(';').append(i % 24).append(":15;Contact ").append(i)
                    .append(", as recorded;Health visitor\n");
        }
        csv.append("31/02/2019;;Impossible date;GP\n");
        RawTable table = ChronologyFile.read("hv.csv", utf8(csv.toString()));

        ImportPreview preview = ChronologyImport.preview(table, ColumnMapping.guess(table.headers()), "HV",
                ImportLimits.DEFAULTS);

        assertThat(preview.acceptedCount()).isEqualTo(10_000);
        assertThat(preview.rejectedRows()).extracting(Rejected::reason).containsExactly(
                "Row 10002: the date '31/02/2019' is not a date: February 2019 has 28 days");
        assertThat(preview.acceptedEntries().getLast().whatHappened()).isEqualTo("Contact 9999, as recorded");
        assertThat(preview.withRowSkipped(10_002).rejectedCount()).isZero();
    }

    private static ImportPreview preview(RawRow... rows) {
        return ChronologyImport.preview(new RawTable(HEADERS, List.of(rows), 1),
                ColumnMapping.guess(HEADERS), "CSC", ImportLimits.DEFAULTS);
    }

    private static RawRow row(int rowNumber, String... cells) {
        return new RawRow(rowNumber, new ArrayList<>(List.of(cells)));
    }
}
