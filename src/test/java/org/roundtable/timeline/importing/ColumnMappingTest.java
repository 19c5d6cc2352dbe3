package org.roundtable.timeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtable.timeline.importing.ChronologyField.COMMENTS;
import static org.roundtable.timeline.importing.ChronologyField.DATE;
import static org.roundtable.timeline.importing.ChronologyField.END_DATE;
import static org.roundtable.timeline.importing.ChronologyField.PRACTITIONER_ROLE;
import static org.roundtable.timeline.importing.ChronologyField.REFERENCE;
import static org.roundtable.timeline.importing.ChronologyField.SOURCE;
import static org.roundtable.timeline.importing.ChronologyField.TIME;
import static org.roundtable.timeline.importing.ChronologyField.WHAT_HAPPENED;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.Texts;

class ColumnMappingTest {

    @Test
    void guesses_a_typical_panel_template() {
        assertThat(guess("Date", "Time", "Event", "Source", "Practitioner", "Analysis/comments", "Ref"))
                .isEqualTo(Map.of(DATE, 0, TIME, 1, WHAT_HAPPENED, 2, SOURCE, 3, PRACTITIONER_ROLE, 4, COMMENTS, 5,
                        REFERENCE, 6));
    }

    @Test
    void guesses_a_social_care_export() {
        assertThat(guess("Date of contact", "Summary of contact", "Worker role", "Agency comment", "Source document"))
                .isEqualTo(Map.of(DATE, 0, WHAT_HAPPENED, 1, PRACTITIONER_ROLE, 2, COMMENTS, 3, SOURCE, 4));
    }

    @Test
    void guesses_an_end_date_before_a_plain_date_can_take_it() {
        assertThat(guess("ID", "Event date", "End date", "Details", "Role", "Comments"))
                .isEqualTo(Map.of(REFERENCE, 0, DATE, 1, END_DATE, 2, WHAT_HAPPENED, 3, PRACTITIONER_ROLE, 4,
                        COMMENTS, 5));
        assertThat(guess("From", "To", "Description", "Significance"))
                .isEqualTo(Map.of(DATE, 0, END_DATE, 1, WHAT_HAPPENED, 2, COMMENTS, 3));
    }

    @Test
    void ignores_case_spacing_and_punctuation() {
        assertThat(guess("  DATE ", "WHAT HAPPENED?", "Source:", "Reference No.", "Worker's role"))
                .isEqualTo(Map.of(DATE, 0, WHAT_HAPPENED, 1, SOURCE, 2, REFERENCE, 3, PRACTITIONER_ROLE, 4));
    }

    @Test
    void guesses_police_and_health_headings() {
        assertThat(guess("Date/Time", "Narrative", "Record", "Officer", "Analysis"))
                .isEqualTo(Map.of(DATE, 0, WHAT_HAPPENED, 1, SOURCE, 2, PRACTITIONER_ROLE, 3, COMMENTS, 4));
        assertThat(guess("Date", "Source of information", "Event / contact", "Outcome", "Comment / analysis"))
                .isEqualTo(Map.of(DATE, 0, SOURCE, 1, WHAT_HAPPENED, 2, COMMENTS, 4));
    }

    @Test
    void guesses_welsh_headings() {
        assertThat(guess("Dyddiad", "Digwyddiad", "Ffynhonnell", "Sylwadau"))
                .isEqualTo(Map.of(DATE, 0, WHAT_HAPPENED, 1, SOURCE, 2, COMMENTS, 3));
    }

    @Test
    void guesses_a_welsh_councils_template_with_every_column() {
        assertThat(guess("Dyddiad", "Amser", "Dyddiad gorffen", "Beth ddigwyddodd", "Ffynhonnell",
                "Rôl yr ymarferydd", "Sylwadau'r asiantaeth", "Cyfeirnod"))
                .isEqualTo(Map.of(DATE, 0, TIME, 1, END_DATE, 2, WHAT_HAPPENED, 3, SOURCE, 4, PRACTITIONER_ROLE, 5,
                        COMMENTS, 6, REFERENCE, 7));
        assertThat(guess("Rhif y cofnod", "Dyddiad y digwyddiad", "Manylion y digwyddiad", "Swydd", "Dadansoddiad"))
                .isEqualTo(Map.of(REFERENCE, 0, DATE, 1, WHAT_HAPPENED, 2, PRACTITIONER_ROLE, 3, COMMENTS, 4));
    }

    @Test
    void a_missing_column_is_asked_for_in_welsh_too() {
        assertThatThrownBy(() -> ColumnMapping.guess(List.of("Dyddiad")).requireComplete())
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.messageIn(Texts.WELSH))
                        .isEqualTo("Dewiswch pa golofn sy'n dal beth ddigwyddodd."));
    }

    @Test
    void leaves_out_what_it_cannot_recognise_and_says_what_is_missing() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Column A", "Stuff", "Other"));

        assertThat(mapping.columns()).isEmpty();
        assertThat(mapping.missingRequired()).containsExactly(DATE, WHAT_HAPPENED);
        assertThat(mapping.isComplete()).isFalse();
        assertThatThrownBy(mapping::requireComplete)
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Choose which columns hold the date and what happened.");
        assertThatThrownBy(() -> mapping.with(DATE, 0).requireComplete())
                .hasMessage("Choose which column holds what happened.");
    }

    @Test
    void a_column_is_used_for_one_field_only() {
        assertThatThrownBy(() -> new ColumnMapping(Map.of(DATE, 0, END_DATE, 0)))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Column 1 is chosen for both the date and the end date; choose each column once.");
    }

    @Test
    void choosing_a_column_for_a_field_takes_it_from_the_field_that_had_it() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Date", "Event", "Comments"));

        ColumnMapping changed = mapping.with(WHAT_HAPPENED, 2);

        assertThat(changed.columns()).isEqualTo(Map.of(DATE, 0, WHAT_HAPPENED, 2));
        assertThat(changed.without(DATE).columns()).isEqualTo(Map.of(WHAT_HAPPENED, 2));
        assertThat(changed.columnOf(WHAT_HAPPENED)).hasValue(2);
        assertThat(changed.columnOf(COMMENTS)).isEmpty();
        assertThat(ColumnMapping.none().columns()).isEmpty();
    }

    @Test
    void a_remembered_mapping_follows_its_headings_to_their_new_columns() {
        List<String> lastTime = List.of("When", "Notes", "Who", "Thoughts");
        ColumnMapping chosen = new ColumnMapping(Map.of(DATE, 0, WHAT_HAPPENED, 1, PRACTITIONER_ROLE, 2, COMMENTS, 3));
        Map<ChronologyField, String> remembered = chosen.headingsIn(lastTime);

        ColumnMapping recalled = ColumnMapping.recall(remembered, List.of("Ref", "notes", "WHEN", "Thoughts", "Who"));

        assertThat(recalled.columns())
                .isEqualTo(Map.of(REFERENCE, 0, WHAT_HAPPENED, 1, DATE, 2, COMMENTS, 3, PRACTITIONER_ROLE, 4));
    }

    private static Map<ChronologyField, Integer> guess(String... headers) {
        return ColumnMapping.guess(List.of(headers)).columns();
    }
}
