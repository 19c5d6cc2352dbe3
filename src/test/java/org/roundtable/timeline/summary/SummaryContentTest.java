package org.roundtable.timeline.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.shared.CleanText;

class SummaryContentTest {

    private static final String COMMENT_SENTINEL = "ANALYSIS-COMMENT-SENTINEL-7f3a";

    /** A chronology row as the timeline holds it, with the comments column the room must not see. */
    private record ChronologyRow(String date, String agency, String whatHappened, String comment) {
    }

    @Test
    void the_model_has_no_place_for_the_comments_column_or_a_genogram() {
        for (Class<?> type : List.of(KeyEventsSummary.class, SummaryEntry.class, SummaryAgency.class)) {
            assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName))
                    .noneMatch(name -> name.matches("(?i).*(comment|analysis|genogram|image).*"));
        }
    }

    @Test
    void a_comment_in_the_chronology_never_reaches_either_file() {
        ChronologyRow row = new ChronologyRow("3 Apr 2019", "POL", "Police attended.", COMMENT_SENTINEL);
        KeyEventsSummary summary = Summaries.of(List.of(
                new SummaryEntry(row.date(), null, row.agency(), row.whatHappened(), null)));
        SummaryDocument summaries = new SummaryDocument();

        assertThat(Summaries.pdfText(summaries.pdf(summary).bytes()))
                .contains("Police attended.").doesNotContain(COMMENT_SENTINEL);
        assertThat(Summaries.docxText(summaries.docx(summary)))
                .contains("Police attended.").doesNotContain(COMMENT_SENTINEL);
    }

    @Test
    void control_characters_go_and_line_breaks_become_one_kind() {
        assertThat(CleanText.of(" a\u0000b\u0007c\u001Fd\u007Fe\u009Ff\uFFFEg\uD800h\tI\r\nJ\rK\nL ")).isEqualTo("abcdefgh I\nJ\nK\nL");
        assertThat(CleanText.oneLine("10 Apr\r\n 2019")).isEqualTo("10 Apr 2019");
        assertThat(CleanText.of("emoji 👍🏽 stays")).isEqualTo("emoji 👍🏽 stays");
        assertThat(CleanText.of(null)).isEmpty();
    }

    @Test
    void an_unreadable_colour_becomes_a_grey_that_white_text_passes_on() {
        assertThat(AgencyChip.of(new SummaryAgency("POL", "Police", "#1F4E79")).hex()).isEqualTo("1f4e79");
        assertThat(AgencyChip.of(new SummaryAgency("POL", "Police", "red")).hex()).isEqualTo(AgencyChip.NEUTRAL_HEX);
        assertThat(AgencyChip.of(new SummaryAgency("POL", "Police", "#12345")).hex()).isEqualTo(AgencyChip.NEUTRAL_HEX);
    }

    @Test
    void the_subtitle_names_the_review_type_and_the_event_date_when_known() {
        KeyEventsSummary both = Summaries.of(List.of());
        KeyEventsSummary neither = new KeyEventsSummary("Child A", null, null, List.of(), List.of(),
                Summaries.GENERATED_AT);
        KeyEventsSummary dateOnly = new KeyEventsSummary("Child A", "  ", LocalDate.of(2026, 1, 5), List.of(),
                List.of(), Summaries.GENERATED_AT);

        assertThat(SummaryContent.of(both).subtitle())
                .isEqualTo("Local Child Safeguarding Practice Review · Learning event 16 March 2026");
        assertThat(SummaryContent.of(neither).subtitle()).isEmpty();
        assertThat(SummaryContent.of(dateOnly).subtitle()).isEqualTo("Learning event 5 January 2026");
    }

    @Test
    void the_warning_is_given_only_past_two_pages() {
        assertThat(new RenderedPdf(new byte[0], 2).warning()).isEmpty();
        assertThat(new RenderedPdf(new byte[0], 3).warning())
                .contains("The summary runs to 3 A4 pages; pre-reading should be two sides at most.");
    }
}
