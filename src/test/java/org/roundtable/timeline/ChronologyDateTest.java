package org.roundtable.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.roundtable.timeline.importing.UkDates;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.roundtable.timeline.ChronologyDate.Precision;

class ChronologyDateTest {

    @ParameterizedTest(name = "''{0}'' shows as ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            03/04/2019|3 Apr 2019
            9/9/2019|9 Sep 2019
            April 2019|Apr 2019
            2019|2019
            c. 03/04/2019|c. 3 Apr 2019
            ?April 2019|c. Apr 2019
            2019?|c. 2019
            late 2018|c. 2018
            """)
    void shows_the_date_as_precisely_as_it_is_known_and_marks_an_approximate_one(String written, String shown) {
        assertThat(UkDates.parse(written).asOptional().orElseThrow().display()).isEqualTo(shown);
    }

    @Test
    void a_month_or_year_starts_on_the_first_day_of_its_period_and_ends_on_the_last() {
        ChronologyDate month = new ChronologyDate(LocalDate.of(2020, 2, 17), Precision.MONTH, false, "Feb 2020");
        ChronologyDate year = new ChronologyDate(LocalDate.of(2019, 7, 4), Precision.YEAR, true, "c. 2019");

        assertThat(month.date()).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(month.lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(year.date()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void a_day_typed_by_hand_is_exact() {
        ChronologyDate day = ChronologyDate.onDay(LocalDate.of(2019, 4, 3));

        assertThat(day.precision()).isEqualTo(Precision.DAY);
        assertThat(day.approximate()).isFalse();
        assertThat(day.display()).isEqualTo("3 Apr 2019");
    }
}
