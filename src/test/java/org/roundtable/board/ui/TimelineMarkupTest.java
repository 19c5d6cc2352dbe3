package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roundtable.board.EntryAnalysis;
import org.roundtable.board.Factor;
import org.roundtable.board.InterventionMode;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NoteOutcome;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Perspective;
import org.roundtable.board.Triage;
import org.roundtable.event.Agency;
import org.roundtable.event.Byline;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.TimelineEntry;

/**
 * The board's HTML fragments hold what people typed as text: markup, quotes, ampersands and
 * very long text come back from the browser's parse exactly as typed, in the text and in the
 * attributes, and make no element or attribute of their own.
 */
class TimelineMarkupTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)> \"quoted\" 'single' & more &amp; </p><script>x</script>";
    static final String LONG = "A long note. ".repeat(400) + HOSTILE;

    final LearningEvent event = new LearningEvent("e1", "Child <b>J</b>", LocalDate.of(2026, 11, 30), null,
            List.of(new Agency("POL", "Police \" onmouseover=\"alert(1)", "#1f4e79"),
                    new Agency("HV", "<img src=x onerror=alert(1)>", "red;background:url(x)")),
            false, LearningEvent.Status.OPEN, Instant.EPOCH, 0);

    @Test
    void a_hostile_note_is_its_text_in_the_browser_and_makes_no_element() {
        Note note = note("n1", LONG, new Byline("HV", HOSTILE, false));
        Document parsed = parse(TimelineMarkup.note(event, note, Texts.ENGLISH));

        assertThat(one(parsed, ".rt-note-text").wholeText()).isEqualTo(LONG);
        Element chip = one(parsed, ".rt-agency-chip");
        assertThat(chip.text()).isEqualTo("HV");
        assertThat(chip.attr("title")).isEqualTo(HOSTILE);
        assertThat(one(parsed, ".rt-note-outcome").wholeText()).isEqualTo("Answered: " + HOSTILE);
        assertOnlyOurElements(parsed);
    }

    @Test
    void a_hostile_entry_is_its_text_in_the_browser_and_in_its_buttons_labels() {
        TimelineEntry entry = new TimelineEntry("entry-\"1\"", "POL", ChronologyDate.onDay(LocalDate.of(2020, 3, 4)),
                null, null, LONG, HOSTILE, HOSTILE, null, true);
        Document text = parse(TimelineMarkup.entry(event, entry, true, true, Texts.ENGLISH));
        Document gapButton = parse(TimelineMarkup.missingEventButton(entry, Texts.ENGLISH));

        assertThat(one(text, ".rt-entry-text").wholeText()).isEqualTo(LONG);
        assertThat(one(text, ".rt-entry-source").wholeText()).isEqualTo(HOSTILE + " · " + HOSTILE);
        assertThat(one(text, ".rt-agency-chip").attr("title")).isEqualTo("Police \" onmouseover=\"alert(1)");
        assertThat(one(text, ".rt-key-event").text()).isEqualTo("Key event");
        assertThat(one(text, ".rt-entry-actions > vaadin-button.rt-add-note").attr("aria-label"))
                .isEqualTo("Add a note to " + TimelineBoard.describe(entry));
        assertThat(one(text, ".rt-entry-actions > vaadin-button.rt-analyse").attr(TimelineMarkup.ACTION_ATTRIBUTE))
                .isEqualTo("analyse:entry-\"1\"");
        assertThat(one(gapButton, "vaadin-button.rt-add-gap-note").attr("aria-label"))
                .isEqualTo("Add a missing event after " + TimelineBoard.describe(entry));
        assertThat(one(gapButton, "vaadin-button.rt-add-gap-note").attr(TimelineMarkup.ACTION_ATTRIBUTE))
                .isEqualTo("missing-event:entry-\"1\"");
        assertOnlyOurElements(text);
        assertOnlyOurElements(gapButton);
    }

    @Test
    void a_screen_reader_hears_the_agency_s_name_not_its_code() {
        Note note = note("n4", "Named", new Byline("POL", "Police", false));

        Document parsed = parse(TimelineMarkup.note(event, note, Texts.ENGLISH));

        assertThat(one(parsed, ".rt-agency-chip").attr("aria-hidden")).isEqualTo("true");
        assertThat(one(parsed, ".rt-visually-hidden").text()).isEqualTo("Police");
    }

    @Test
    void a_colour_that_is_not_a_colour_never_reaches_the_style() {
        Note note = note("n2", "Plain", new Byline("HV", "<img src=x onerror=alert(1)>", false));

        Element chip = one(parse(TimelineMarkup.note(event, note, Texts.ENGLISH)), ".rt-agency-chip");

        assertThat(chip.hasAttr("style")).isFalse();
    }

    @Test
    void hostile_comments_and_analyses_are_text() {
        Document comments = parse(TimelineMarkup.comments(LONG, Texts.ENGLISH));
        Document analysis = parse(TimelineMarkup.analysis(new EntryAnalysis("e", Set.of(Factor.FAMILY_DYNAMICS),
                InterventionMode.REACTIVE, HOSTILE, new Byline("POL", HOSTILE, false), Instant.EPOCH), Texts.ENGLISH));

        assertThat(one(comments, "p").wholeText()).isEqualTo(LONG);
        assertThat(one(analysis, ".rt-factor").text()).isEqualTo("Family dynamics");
        assertOnlyOurElements(comments);
        assertOnlyOurElements(analysis);
    }

    @Test
    void equal_notes_share_one_html_string_across_screens() {
        String first = TimelineMarkup.note(event, note("n3", "Shared", new Byline("POL", "Police", false)), Texts.ENGLISH);
        String second = TimelineMarkup.note(event, note("n3", "Shared", new Byline("POL", "Police", false)), Texts.ENGLISH);
        String yours = TimelineMarkup.note(event, note("n3", "Shared", new Byline("POL", "Police", true)), Texts.ENGLISH);

        assertThat(second).isSameAs(first);
        assertThat(yours).isNotEqualTo(first).contains("rt-note-yours-tag");
    }

    @Test
    void an_entry_and_its_gaps_button_are_one_html_string_for_every_screen() {
        TimelineEntry entry = new TimelineEntry("entry-2", "POL", ChronologyDate.onDay(LocalDate.of(2020, 3, 5)),
                null, null, "Police attended", null, null, null, false);
        TimelineEntry same = new TimelineEntry("entry-2", "POL", ChronologyDate.onDay(LocalDate.of(2020, 3, 5)),
                null, null, "Police attended", null, null, null, false);

        assertThat(TimelineMarkup.entry(event, same, true, false, Texts.ENGLISH))
                .isSameAs(TimelineMarkup.entry(event, entry, true, false, Texts.ENGLISH));
        assertThat(TimelineMarkup.entry(event, entry, false, false, Texts.ENGLISH)).doesNotContain("vaadin-button");
        assertThat(TimelineMarkup.missingEventButton(same, Texts.ENGLISH))
                .isSameAs(TimelineMarkup.missingEventButton(entry, Texts.ENGLISH));
        assertThat(TimelineMarkup.missingEventButton(null, Texts.ENGLISH))
                .contains("Add a missing event before the first entry").contains("missing-event:\"");
    }

    private static Note note(String id, String text, Byline by) {
        return new Note(id, NotePlace.gapAfter(null), NoteKind.QUERY, Perspective.HINDSIGHT, text, by, Instant.EPOCH,
                true, new Triage(NoteKind.QUERY, NoteOutcome.ANSWERED, HOSTILE, null, null, false), 2);
    }

    private static Element one(Document parsed, String css) {
        assertThat(parsed.select(css)).as(css).hasSize(1);
        return parsed.select(css).first();
    }

    private static Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    /** Every element is one the board makes, with only the attributes it sets. */
    private static void assertOnlyOurElements(Document parsed) {
        for (Element element : parsed.body().select("*")) {
            if (element == parsed.body()) {
                continue;
            }
            assertThat(element.tagName()).as("a parsed element").isIn("div", "span", "p", "vaadin-button");
            element.attributes().forEach(attribute -> assertThat(attribute.getKey()).as("an attribute")
                    .isIn("class", "title", "style", "aria-label", "aria-hidden", "theme", TimelineMarkup.ACTION_ATTRIBUTE));
        }
    }
}
