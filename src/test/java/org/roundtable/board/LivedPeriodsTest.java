package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Generating the lived experience lane's periods, without Spring. */
class LivedPeriodsTest {

    @Test
    void a_span_of_two_and_a_half_years_is_cut_into_half_years_aligned_to_january_and_july() {
        List<LivedPeriods.Draft> periods = LivedPeriods.bySpan(LocalDate.of(2018, 3, 14), LocalDate.of(2020, 8, 2),
                null);

        assertThat(periods).extracting(LivedPeriods.Draft::label).containsExactly("Jan–Jun 2018", "Jul–Dec 2018",
                "Jan–Jun 2019", "Jul–Dec 2019", "Jan–Jun 2020", "Jul–Dec 2020");
        assertThat(periods.getFirst().from()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(periods.getFirst().to()).isEqualTo(LocalDate.of(2018, 6, 30));
        assertThat(periods.getLast().to()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void a_long_span_gets_longer_periods_so_the_lane_stays_readable() {
        List<LivedPeriods.Draft> periods = LivedPeriods.bySpan(LocalDate.of(2012, 5, 1), LocalDate.of(2021, 2, 1),
                null);

        assertThat(periods).hasSize(10);
        assertThat(periods).extracting(LivedPeriods.Draft::label).startsWith("2012", "2013").endsWith("2021");
        assertThat(LivedPeriods.bySpan(LocalDate.of(2000, 1, 1), LocalDate.of(2017, 6, 1), null))
                .extracting(LivedPeriods.Draft::label).startsWith("2000–2001").hasSize(9);
    }

    @Test
    void the_facilitator_may_choose_the_length_of_the_periods() {
        assertThat(LivedPeriods.bySpan(LocalDate.of(2018, 3, 14), LocalDate.of(2020, 8, 2), LivedPeriodLength.YEAR))
                .extracting(LivedPeriods.Draft::label).containsExactly("2018", "2019", "2020");
    }

    @Test
    void a_timeline_with_one_entry_gives_one_period_holding_it() {
        LocalDate only = LocalDate.of(2019, 9, 30);

        List<LivedPeriods.Draft> periods = LivedPeriods.bySpan(only, only, null);

        assertThat(periods).singleElement().satisfies(period -> {
            assertThat(period.label()).isEqualTo("Jul–Dec 2019");
            assertThat(period.from()).isBeforeOrEqualTo(only);
            assertThat(period.to()).isAfterOrEqualTo(only);
        });
        assertThat(LivedPeriods.byAge(LocalDate.of(2019, 1, 10), only, only))
                .extracting(LivedPeriods.Draft::label).containsExactly("6–12 months");
    }

    @Test
    void age_bands_run_from_before_birth_through_months_to_years() {
        LocalDate born = LocalDate.of(2017, 4, 20);

        List<LivedPeriods.Draft> bands = LivedPeriods.byAge(born, LocalDate.of(2016, 11, 2), LocalDate.of(2020, 1, 5));

        assertThat(bands).extracting(LivedPeriods.Draft::label).containsExactly("Before birth", "0–6 months",
                "6–12 months", "1–2 years", "2–3 years");
        assertThat(bands.get(0).to()).isEqualTo(born.minusDays(1));
        assertThat(bands.get(1).from()).isEqualTo(born);
        assertThat(bands.get(1).to()).isEqualTo(LocalDate.of(2017, 10, 19));
        assertThat(bands.get(3).from()).isEqualTo(LocalDate.of(2018, 4, 20));
    }

    @Test
    void a_date_of_birth_after_the_timeline_starts_gives_a_before_birth_band_for_the_pregnancy() {
        LocalDate born = LocalDate.of(2019, 2, 1);

        List<LivedPeriods.Draft> bands = LivedPeriods.byAge(born, LocalDate.of(2018, 7, 1), LocalDate.of(2019, 3, 1));

        assertThat(bands).extracting(LivedPeriods.Draft::label).containsExactly("Before birth", "0–6 months");
        assertThat(bands.getFirst().from()).isEqualTo(LocalDate.of(2018, 7, 1));
    }

    @Test
    void a_timeline_entirely_before_birth_is_one_before_birth_band() {
        assertThat(LivedPeriods.byAge(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 5, 1), LocalDate.of(2019, 8, 1)))
                .extracting(LivedPeriods.Draft::label).containsExactly("Before birth");
    }

    @Test
    void a_child_first_known_at_school_age_starts_at_that_age_band_and_older_teenagers_share_a_last_band() {
        LocalDate born = LocalDate.of(2000, 6, 1);

        List<LivedPeriods.Draft> bands = LivedPeriods.byAge(born, LocalDate.of(2006, 1, 1), LocalDate.of(2019, 1, 1));

        assertThat(bands.getFirst().label()).isEqualTo("5–6 years");
        assertThat(bands.getLast().label()).isEqualTo("18 years and over");
        assertThat(bands.getLast().to()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(bands).hasSize(14);
    }

    @Test
    void a_birthday_on_the_29th_of_february_still_gives_bands_without_gaps() {
        List<LivedPeriods.Draft> bands = LivedPeriods.byAge(LocalDate.of(2016, 2, 29), LocalDate.of(2016, 3, 1),
                LocalDate.of(2019, 3, 1));

        for (int i = 1; i < bands.size(); i++) {
            assertThat(bands.get(i).from()).isEqualTo(bands.get(i - 1).to().plusDays(1));
        }
    }
}
