package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.store.ChangeCodec;
import org.roundtable.shared.Texts;

/**
 * Generated periods are named in the language of the screen that shows them, typed ones as typed,
 * and periods in logs written before names were kept read the same after a restart. Without Spring.
 */
class LivedPeriodNamesTest {

    private static final String LOG = "event:lived-names";
    private final ChangeCodec codec = new ChangeCodec(List.of(LivedExperienceChange.TYPES));

    @Test
    void age_bands_are_named_in_english_and_in_welsh() {
        List<LivedPeriods.Draft> bands = LivedPeriods.byAge(LocalDate.of(2017, 4, 20), LocalDate.of(2017, 1, 1),
                LocalDate.of(2036, 1, 1));

        assertThat(bands).extracting(d -> d.name().in(Texts.ENGLISH)).startsWith("Before birth", "0–6 months",
                "6–12 months", "1–2 years").endsWith("17–18 years", "18 years and over");
        assertThat(bands).extracting(d -> d.name().in(Texts.WELSH)).startsWith("Cyn geni", "0–6 mis oed",
                "6–12 mis oed", "1–2 oed").endsWith("17–18 oed", "18 oed a hŷn");
    }

    @Test
    void calendar_periods_take_the_month_names_of_the_language() {
        List<LivedPeriods.Draft> halves = LivedPeriods.bySpan(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 9, 1),
                LivedPeriodLength.SIX_MONTHS);

        assertThat(halves).extracting(d -> d.name().in(Texts.ENGLISH)).containsExactly("Jan–Jun 2019", "Jul–Dec 2019");
        assertThat(halves).extracting(d -> d.name().in(Texts.WELSH)).containsExactly("Ion–Meh 2019", "Gorff–Rhag 2019");
        assertThat(LivedPeriods.bySpan(LocalDate.of(2010, 1, 1), LocalDate.of(2013, 1, 1), LivedPeriodLength.TWO_YEARS))
                .extracting(d -> d.name().in(Texts.WELSH)).containsExactly("2010–2011", "2012–2013");
    }

    @Test
    void a_typed_period_reads_as_typed_in_every_language() {
        LivedPeriod typed = new LivedPeriod("p1", "At Nan's flat", null, null, false);

        assertThat(typed.label(Texts.WELSH)).isEqualTo("At Nan's flat");
        assertThat(typed.label(Texts.ENGLISH)).isEqualTo("At Nan's flat");
    }

    @Test
    void every_english_name_the_lane_ever_generated_is_recognised_and_nothing_else() {
        for (LivedPeriods.Draft draft : LivedPeriods.byAge(LocalDate.of(2010, 6, 1), LocalDate.of(2009, 1, 1),
                LocalDate.of(2030, 1, 1))) {
            assertThat(LivedPeriodName.recognise(draft.label())).hasValue(draft.name());
        }
        for (LivedPeriodLength length : LivedPeriodLength.values()) {
            for (LivedPeriods.Draft draft : LivedPeriods.bySpan(LocalDate.of(2001, 3, 1), LocalDate.of(2019, 8, 1),
                    length)) {
                assertThat(LivedPeriodName.recognise(draft.label())).hasValue(draft.name());
            }
        }
        assertThat(LivedPeriodName.recognise("At Nan's flat")).isEmpty();
        assertThat(LivedPeriodName.recognise("Nursery year")).isEmpty();
    }

    @Test
    void periods_generated_in_a_log_written_before_names_were_kept_read_in_welsh_after_a_restart() {
        LivedPeriod baby = new LivedPeriod("p1", "0–6 months", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30),
                true, LivedPeriodName.of(LivedPeriodName.Kind.MONTHS_OLD, 0, 6));
        LivedPeriod half = new LivedPeriod("p2", "Jul–Dec 2019", LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31),
                false, LivedPeriodName.of(LivedPeriodName.Kind.MONTHS_OF_YEAR, 7, 12, 2019));
        String json = json(1, new LivedExperienceChange.LivedPeriodsGenerated(List.of(baby, half),
                LocalDate.of(2019, 1, 1)));
        String old = json.replaceAll(",\"name\":\\{[^}]*\\}", "");
        assertThat(old).doesNotContain("\"name\"").contains("\"label\":\"0–6 months\"");

        LivedExperienceStore store = new LivedExperienceStore();
        store.apply(codec.decode(old.getBytes(StandardCharsets.UTF_8)));

        assertThat(store.lane(LOG).periods()).extracting(p -> p.label(Texts.WELSH))
                .containsExactly("0–6 mis oed", "Gorff–Rhag 2019");
        assertThat(store.lane(LOG).periods()).extracting(p -> p.label(Texts.ENGLISH))
                .containsExactly("0–6 months", "Jul–Dec 2019");
    }

    @Test
    void in_an_old_log_a_generated_period_keeps_its_name_through_new_dates_and_loses_it_when_renamed() {
        LivedPeriod baby = new LivedPeriod("p1", "0–6 months", null, null, true,
                LivedPeriodName.of(LivedPeriodName.Kind.MONTHS_OLD, 0, 6));
        LivedPeriod toddler = new LivedPeriod("p2", "1–2 years", null, null, true,
                LivedPeriodName.of(LivedPeriodName.Kind.YEARS_OLD, 1, 2));
        LivedExperienceStore store = new LivedExperienceStore();
        store.apply(oldFormat(1, new LivedExperienceChange.LivedPeriodsGenerated(List.of(baby, toddler), null)));
        store.apply(oldFormat(2, new LivedExperienceChange.LivedPeriodEdited("p1", "0–6 months",
                LocalDate.of(2019, 1, 1), null, null)));
        store.apply(oldFormat(3, new LivedExperienceChange.LivedPeriodEdited("p2", "Toddler at nursery", null, null,
                null)));

        assertThat(store.lane(LOG).periods()).extracting(p -> p.label(Texts.WELSH))
                .containsExactly("0–6 mis oed", "Toddler at nursery");
        assertThat(store.lane(LOG).periods().getFirst().from()).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void a_generated_name_kept_through_an_edit_travels_with_the_change() {
        LivedPeriodName name = LivedPeriodName.of(LivedPeriodName.Kind.ADULT, 18);
        var edited = new LivedExperienceChange.LivedPeriodEdited("p1", "18 years and over", null, null, name);

        LoggedChange read = codec.decode(codec.encode(logged(1, edited)));

        assertThat(read.change()).isEqualTo(edited);
    }

    private String json(long sequence, LivedExperienceChange change) {
        return new String(codec.encode(logged(sequence, change)), StandardCharsets.UTF_8);
    }

    /** The change as a log written before generated names were kept holds it: no name at all. */
    private LoggedChange oldFormat(long sequence, LivedExperienceChange change) {
        String old = json(sequence, change).replaceAll(",\"name\":(\\{[^}]*\\}|null)", "");
        assertThat(old).doesNotContain("\"name\"");
        return codec.decode(old.getBytes(StandardCharsets.UTF_8));
    }

    private static LoggedChange logged(long sequence, LivedExperienceChange change) {
        return new LoggedChange(LOG, sequence, Instant.EPOCH, "account:facilitator", change);
    }
}
