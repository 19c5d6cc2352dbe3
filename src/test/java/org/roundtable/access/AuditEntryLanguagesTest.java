package org.roundtable.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roundtable.shared.Texts;

/**
 * The audit trail's who and details, as the log keeps them in English, said in a screen's
 * language; the English reads exactly as the services wrote it. Without Spring.
 */
class AuditEntryLanguagesTest {

    /** What the services write into the trail (and old logs hold), and the same in Welsh. */
    private static final Map<String, String> WRITTEN_AND_WELSH = Map.ofEntries(
            Map.entry("Hid note 5f1c", "Cuddiwyd nodyn 5f1c"),
            Map.entry("Unhid learning point p-9", "Dangoswyd pwynt dysgu p-9 eto"),
            Map.entry("Hid lived experience entry e1", "Cuddiwyd cofnod am brofiad bywyd y plentyn e1"),
            Map.entry("Accepted note n1 as a new timeline entry",
                    "Derbyniwyd nodyn n1 fel cofnod newydd ar y llinell amser"),
            Map.entry("Accepted note n1 as a correction", "Derbyniwyd nodyn n1 fel cywiriad"),
            Map.entry("Answered query n2", "Atebwyd ymholiad n2"),
            Map.entry("Merged note n3 into n4", "Cyfunwyd nodyn n3 gyda nodyn n4"),
            Map.entry("Evaluation results (CSV)", "Canlyniadau'r gwerthusiad (CSV)"),
            Map.entry("Key events summary (Word)", "Crynodeb o'r digwyddiadau allweddol (Word)"),
            Map.entry("Record (DOCX), without the comments column, hidden contributions left out",
                    "Y cofnod (DOCX), heb y golofn sylwadau, cyfraniadau cudd wedi'u gadael allan"),
            Map.entry("Record (PDF), with the comments column, hidden contributions included",
                    "Y cofnod (PDF), gyda'r golofn sylwadau, cyfraniadau cudd wedi'u cynnwys"),
            Map.entry("Note-taker assigned: sam", "Neilltuwyd cofnodwr: sam"),
            Map.entry("Note-taker removed", "Tynnwyd y cofnodwr"),
            Map.entry("Co-facilitator jo: Prepare the event, Moderate contributions",
                    "Cyd-hwylusydd jo: Paratoi'r digwyddiad, Cymedroli cyfraniadau"),
            Map.entry("Co-facilitator jo: panel member (no rights)", "Cyd-hwylusydd jo: aelod o'r panel (dim hawliau)"),
            Map.entry("Co-facilitator removed: jo", "Tynnwyd cyd-hwylusydd: jo"),
            Map.entry("Note-taker link created", "Crëwyd dolen y cofnodwr"),
            Map.entry("Event closed", "Caewyd y digwyddiad"),
            Map.entry("Event purged", "Dilëwyd y digwyddiad yn barhaol"),
            Map.entry("joined with the code", "ymunodd gan ddefnyddio'r cod"),
            Map.entry("participant 1a2b3c4d", "cyfranogwr 1a2b3c4d"),
            Map.entry("wrong code (more refusals from this address in the next 15 minutes are not recorded)",
                    "cod anghywir (ni chofnodir rhagor o wrthodiadau o'r cyfeiriad hwn yn ystod y 15 munud nesaf)"),
            Map.entry("Room settings: anonymous contributions on, facilitators see names off, names in the room list on",
                    "Gosodiadau'r ystafell: cyfraniadau dienw ymlaen, hwyluswyr yn gweld enwau i ffwrdd, "
                            + "enwau yn rhestr yr ystafell ymlaen"),
            Map.entry("wrong password, from 10.0.0.7", "cyfrinair anghywir, o'r cyfeiriad 10.0.0.7"),
            Map.entry("no such account, not over the web", "dim cyfrif o'r fath, nid dros y we"),
            Map.entry("from 10.0.0.7", "o'r cyfeiriad 10.0.0.7"),
            Map.entry("kim until 14:05 UTC after 5 failed sign-ins",
                    "kim tan 14:05 UTC ar ôl 5 ymgais aflwyddiannus i fewngofnodi"),
            Map.entry("sam as facilitator and note-taker", "sam fel hwylusydd, cofnodwr"),
            Map.entry("own sessions", "sesiynau'r cyfrif ei hun"),
            Map.entry("sessions of kim", "sesiynau kim"),
            Map.entry("12 entries", "12 cofnod"));

    @Test
    void every_detail_the_services_write_reads_in_welsh_and_unchanged_in_english() {
        WRITTEN_AND_WELSH.forEach((english, welsh) -> {
            AuditEntry entry = entry("account:a1", "jo", english);
            assertThat(entry.detailIn(Texts.WELSH)).as(english).isEqualTo(welsh);
            assertThat(entry.detailIn(Texts.ENGLISH)).as(english).isEqualTo(english);
        });
    }

    @Test
    void a_detail_that_is_a_name_or_unknown_reads_as_written() {
        assertThat(entry("account:a1", "jo", "kim").detailIn(Texts.WELSH)).isEqualTo("kim");
        assertThat(entry("account:a1", "jo", "Something new").detailIn(Texts.WELSH)).isEqualTo("Something new");
    }

    @Test
    void who_is_said_in_the_screens_language_by_what_the_actor_was_and_a_user_name_stays_as_it_is() {
        assertThat(entry("participant:1a2b3c4d-99", "participant 1a2b3c4d (CSC)", "").whoIn(Texts.WELSH))
                .isEqualTo("cyfranogwr 1a2b3c4d (CSC)");
        assertThat(entry("projector:ev1", "projector", "").whoIn(Texts.WELSH)).isEqualTo("taflunydd");
        assertThat(entry("note-taker-link:ev1", "note-taker (link)", "").whoIn(Texts.WELSH))
                .isEqualTo("cofnodwr (dolen)");
        assertThat(entry("system", "system", "").whoIn(Texts.WELSH)).isEqualTo("y system");
        assertThat(entry("system", "system", "").whoIn(Texts.ENGLISH)).isEqualTo("system");
        // an account someone named "projector", and a name typed at a failed sign-in, are names
        assertThat(entry("account:a9", "projector", "").whoIn(Texts.WELSH)).isEqualTo("projector");
        assertThat(entry("unknown", "system", "").whoIn(Texts.WELSH)).isEqualTo("system");
    }

    private static AuditEntry entry(String actor, String who, String detail) {
        return new AuditEntry(Instant.EPOCH, who, AuditAction.MODERATED, null, detail, actor);
    }
}
