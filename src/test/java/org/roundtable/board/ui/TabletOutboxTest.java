package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Perspective;

/** What a tablet's browser hands back is hostile: only well-formed notes and drafts get through. */
class TabletOutboxTest {

    @Test
    void a_well_formed_outbox_reads_back_as_its_notes() {
        String json = """
                {"k-1": {"key": "k-1", "place": {"kind": "ON_ENTRY", "entryId": "t1"}, "kind": "QUERY",
                         "perspective": "HINDSIGHT", "text": "Who saw him?"},
                 "k-2": {"key": "k-2", "place": {"kind": "GAP_AFTER", "entryId": null}, "kind": "ADDITIONAL_EVENT",
                         "perspective": "AT_THE_TIME", "text": "A missing visit"}}
                """;

        assertThat(TabletOutbox.parseOutbox(json)).containsExactly(
                new TabletOutbox.Entry("k-1", NotePlace.onEntry("t1"), NoteKind.QUERY, Perspective.HINDSIGHT,
                        "Who saw him?"),
                new TabletOutbox.Entry("k-2", NotePlace.gapAfter(null), NoteKind.ADDITIONAL_EVENT,
                        Perspective.AT_THE_TIME, "A missing visit"));
    }

    @Test
    void malformed_notes_are_left_out_and_the_rest_still_read() {
        String json = """
                {"a": {"key": "a", "place": {"kind": "ON_TOP", "entryId": "t1"}, "kind": "QUERY",
                       "perspective": "HINDSIGHT", "text": "unknown place kind"},
                 "b": {"key": "b", "place": {"kind": "ON_ENTRY", "entryId": 7}, "kind": "QUERY",
                       "perspective": "HINDSIGHT", "text": "entry id not a string"},
                 "c": {"key": "c", "place": {"kind": "ON_ENTRY", "entryId": "t1"}, "kind": "SHOUT",
                       "perspective": "HINDSIGHT", "text": "unknown kind"},
                 "d": {"key": "not-d", "place": {"kind": "ON_ENTRY", "entryId": "t1"}, "kind": "QUERY",
                       "perspective": "HINDSIGHT", "text": "key differs from its name"},
                 "e": {"key": "e", "place": {"kind": "ON_ENTRY", "entryId": "t1"}, "kind": "QUERY",
                       "perspective": "HINDSIGHT", "text": ["not", "a", "string"]},
                 "f": "just a string",
                 "g": {"key": "g", "place": {"kind": "ON_ENTRY", "entryId": "t1"}, "kind": "COMMENT",
                       "perspective": "AT_THE_TIME", "text": "the good one"}}
                """;

        assertThat(TabletOutbox.parseOutbox(json)).extracting(TabletOutbox.Entry::text)
                .containsExactly("the good one");
    }

    @Test
    void what_is_not_an_outbox_at_all_reads_as_empty() {
        for (String json : new String[] {null, "", "not json", "[1,2]", "42", "{\"a\": ", "x".repeat(300_000)}) {
            assertThat(TabletOutbox.parseOutbox(json)).as(String.valueOf(json).substring(0,
                    Math.min(20, String.valueOf(json).length()))).isEmpty();
        }
    }

    @Test
    void a_draft_reads_back_with_its_choices_and_unknown_choices_are_dropped() {
        var draft = new TabletOutbox.Draft("Half a thought", NoteKind.CORRECTION, Perspective.HINDSIGHT);

        assertThat(TabletOutbox.parseDraft(TabletOutbox.draftJson(draft))).contains(draft);
        assertThat(TabletOutbox.parseDraft("{\"text\": \"typed\", \"kind\": \"<b>\", \"perspective\": 3}"))
                .contains(new TabletOutbox.Draft("typed", null, null));
        assertThat(TabletOutbox.parseDraft("{\"text\": 5}")).isEmpty();
        assertThat(TabletOutbox.parseDraft("[]")).isEmpty();
    }

    @Test
    void each_place_of_each_event_has_its_own_draft() {
        assertThat(TabletOutbox.draftItem("e1", NotePlace.onEntry("t1")))
                .isNotEqualTo(TabletOutbox.draftItem("e1", NotePlace.gapAfter("t1")))
                .isNotEqualTo(TabletOutbox.draftItem("e2", NotePlace.onEntry("t1")));
    }
}
