package org.roundtable.timeline.importing;

import org.roundtable.timeline.ChronologyDate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.roundtable.shared.Texts;
import org.roundtable.timeline.ChronologyDate.Precision;

class UkDatesTest {

    @ParameterizedTest(name = "''{0}'' is {1} ({2}, approximate: {3})")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            03/04/2019|2019-04-03|DAY|false
            3/4/2019|2019-04-03|DAY|false
            3/4/19|2019-04-03|DAY|false
            03-04-2019|2019-04-03|DAY|false
            03.04.2019|2019-04-03|DAY|false
            31/12/2019|2019-12-31|DAY|false
            29/02/2020|2020-02-29|DAY|false
            2019-04-03|2019-04-03|DAY|false
            2019/04/03|2019-04-03|DAY|false
            3 Apr 2019|2019-04-03|DAY|false
            3 April 2019|2019-04-03|DAY|false
            03 APRIL 2019|2019-04-03|DAY|false
            3rd April 2019|2019-04-03|DAY|false
            1st Sept 2019|2019-09-01|DAY|false
            22nd of March 2018|2018-03-22|DAY|false
            Wed 3 April 2019|2019-04-03|DAY|false
            Wednesday, 3rd April 2019|2019-04-03|DAY|false
            Wed 03/04/2019|2019-04-03|DAY|false
            3-Apr-19|2019-04-03|DAY|false
            03-Apr-2019|2019-04-03|DAY|false
            April 3, 2019|2019-04-03|DAY|false
            3 April 2019.|2019-04-03|DAY|false
            April 2019|2019-04-01|MONTH|false
            Apr 2019|2019-04-01|MONTH|false
            Apr-19|2019-04-01|MONTH|false
            Sept 2019|2019-09-01|MONTH|false
            04/2019|2019-04-01|MONTH|false
            2019-04|2019-04-01|MONTH|false
            2019|2019-01-01|YEAR|false
            xx/04/2019|2019-04-01|MONTH|false
            ??/04/2019|2019-04-01|MONTH|false
            00/04/2019|2019-04-01|MONTH|false
            XX/XX/2019|2019-01-01|YEAR|false
            43558|2019-04-03|DAY|false
            43558.604166|2019-04-03|DAY|false
            '  03/04/2019  '|2019-04-03|DAY|false
            ?03/04/2019|2019-04-03|DAY|true
            03/04/2019?|2019-04-03|DAY|true
            03/04/2019 (?)|2019-04-03|DAY|true
            c. 2019|2019-01-01|YEAR|true
            c.2019|2019-01-01|YEAR|true
            c 2019|2019-01-01|YEAR|true
            C. April 2019|2019-04-01|MONTH|true
            ca. 2018|2018-01-01|YEAR|true
            circa 3 April 2019|2019-04-03|DAY|true
            approx 03/04/2019|2019-04-03|DAY|true
            approx. Apr 2019|2019-04-01|MONTH|true
            03/04/2019 approx|2019-04-03|DAY|true
            about March 2018|2018-03-01|MONTH|true
            late 2018|2018-01-01|YEAR|true
            mid-2017|2017-01-01|YEAR|true
            early March 2018|2018-03-01|MONTH|true
            ? 2016 ?|2016-01-01|YEAR|true
            """)
    void reads_dates_as_uk_practitioners_write_them(String written, LocalDate first, Precision precision,
            boolean approximate) {
        ChronologyDate date = UkDates.parse(written).asOptional().orElseThrow(
                () -> new AssertionError(UkDates.parse(written)));

        assertThat(date.date()).isEqualTo(first);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.approximate()).isEqualTo(approximate);
        assertThat(date.asWritten()).isEqualTo(written.strip());
    }

    @ParameterizedTest(name = "''{0}'' is unreadable: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            31/02/2019|'31/02/2019' is not a date: February 2019 has 28 days
            29/02/2019|'29/02/2019' is not a date: February 2019 has 28 days
            31/04/2019|'31/04/2019' is not a date: April 2019 has 30 days
            2019-13-01|'2019-13-01' is not a date: there is no month 13
            04/23/2019|'04/23/2019' is not a date: there is no month 23 (dates are read day first: 03/04/2019 is 3 April 2019)
            32/04/2020|'32/04/2020' is not a date: April 2020 has 30 days
            Mon 03/04/2019|'Mon 03/04/2019' is not a date: 3 April 2019 was a Wednesday
            03/04/2019 - 05/04/2019|'03/04/2019 - 05/04/2019' is not a date: it is a period; give its start as the date and its end as the end date
            2018 to 2019|'2018 to 2019' is not a date: it is a period; give its start as the date and its end as the end date
            April-June 2019|'April-June 2019' is not a date: write it like 03/04/2019, 3 Apr 2019, Apr 2019 or 2019
            13/2019|'13/2019' is not a date: there is no month 13
            Mon 3 April 2019|'Mon 3 April 2019' is not a date: 3 April 2019 was a Wednesday
            next week|'next week' is not a date: write it like 03/04/2019, 3 Apr 2019, Apr 2019 or 2019
            3 Apr|'3 Apr' is not a date: the year is missing
            03/04|'03/04' is not a date: the year is missing
            12345|'12345' is not a date: as an Excel date number it falls outside 1990 to 2100
            1850|'1850' is not a date: the year 1850 is outside 1900 to 2100
            3 Smarch 2019|'3 Smarch 2019' is not a date: write it like 03/04/2019, 3 Apr 2019, Apr 2019 or 2019
            ?|'?' is not a date: write it like 03/04/2019, 3 Apr 2019, Apr 2019 or 2019
            c.|'c.' is not a date: write it like 03/04/2019, 3 Apr 2019, Apr 2019 or 2019
            """)
    void says_why_a_date_cannot_be_read(String written, String reason) {
        assertThat(reasonOf(UkDates.parse(written))).isEqualTo(reason);
    }

    @Test
    void says_why_a_date_cannot_be_read_in_welsh_too() {
        assertThat(welshReasonOf(UkDates.parse("31/02/2019")))
                .isEqualTo("dydy '31/02/2019' ddim yn ddyddiad: dim ond 28 diwrnod sydd ym mis Chwefror 2019");
        assertThat(welshReasonOf(UkDates.parse("04/23/2019"))).isEqualTo("dydy '04/23/2019' ddim yn ddyddiad: does"
                + " dim mis 23 (rydyn ni'n darllen y diwrnod yn gyntaf: 03/04/2019 yw 3 Ebrill 2019)");
        assertThat(welshReasonOf(UkDates.parse("Mon 3 April 2019")))
                .isEqualTo("dydy 'Mon 3 April 2019' ddim yn ddyddiad: Dydd Mercher oedd 3 Ebrill 2019");
        assertThat(welshReasonOf(UkDates.parse("2018 to 2019"))).isEqualTo("dydy '2018 to 2019' ddim yn ddyddiad:"
                + " cyfnod yw hwn; rhowch ei ddechrau fel y dyddiad a'i ddiwedd fel y dyddiad gorffen");
        assertThat(welshReasonOf(UkDates.parse("1850")))
                .isEqualTo("dydy '1850' ddim yn ddyddiad: dydy'r flwyddyn 1850 ddim rhwng 1900 a 2100");
        assertThat(welshReasonOf(UkDates.parse("12345")))
                .isEqualTo("dydy '12345' ddim yn ddyddiad: fel rhif dyddiad Excel, dydy hwn ddim rhwng 1990 a 2100");
        assertThat(welshReasonOf(UkDates.parse("3 Apr"))).isEqualTo("dydy '3 Apr' ddim yn ddyddiad: mae'r flwyddyn ar goll");
        assertThat(welshReasonOf(UkDates.parse("2019-13-01")))
                .isEqualTo("dydy '2019-13-01' ddim yn ddyddiad: does dim mis 13");
        assertThat(welshReasonOf(UkDates.parse("next week"))).isEqualTo(
                "dydy 'next week' ddim yn ddyddiad: ysgrifennwch y dyddiad fel 03/04/2019, 3 Ebr 2019, Ebr 2019 neu 2019");
        assertThat(welshReasonOf(UkDates.parse(""))).isEqualTo("does dim dyddiad wedi'i ysgrifennu");
    }

    @Test
    void no_english_is_left_in_a_welsh_reason() {
        for (String written : List.of("31/02/2019", "04/23/2019", "Wed 4 April 2019", "01/02/2019 - 03/02/2019",
                "2150", "99999", "3 May", "13/2019", "Smarch 2019", "")) {
            assertThat(welshReasonOf(UkDates.parse(written)))
                    .doesNotContain("is not a date", "write it like", "has", "days", "was a", "there is no", "period",
                            "year", "missing", "outside", "written", "February", "Wednesday");
        }
    }

    @Test
    void an_empty_date_is_unreadable() {
        assertThat(reasonOf(UkDates.parse(""))).isEqualTo("no date is written");
        assertThat(UkDates.parse("   ").isRead()).isFalse();
        assertThat(UkDates.parse(null).isRead()).isFalse();
    }

    @Test
    void two_digit_years_up_to_69_are_this_century_and_from_70_the_last() {
        assertThat(UkDates.parse("1/1/00").asOptional().orElseThrow().date()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(UkDates.parse("1/1/69").asOptional().orElseThrow().date()).isEqualTo(LocalDate.of(2069, 1, 1));
        assertThat(UkDates.parse("1/1/70").asOptional().orElseThrow().date()).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(UkDates.parse("1/1/99").asOptional().orElseThrow().date()).isEqualTo(LocalDate.of(1999, 1, 1));
    }

    @Test
    void excel_date_numbers_count_only_between_1990_and_2100() {
        assertThat(UkDates.parse("32874").asOptional().orElseThrow().date()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(UkDates.parse("32873").isRead()).isFalse();
        assertThat(UkDates.parse("73415").asOptional().orElseThrow().date()).isEqualTo(LocalDate.of(2100, 12, 31));
        assertThat(UkDates.parse("73416").isRead()).isFalse();
    }

    @Test
    void a_long_unreadable_text_is_quoted_shortly() {
        String reason = ((Reading.Unreadable<ChronologyDate>) UkDates.parse("x".repeat(500))).reason();

        assertThat(reason).startsWith("'" + "x".repeat(40) + "…'").hasSizeLessThan(120);
    }

    @Test
    void a_non_breaking_space_reads_as_a_space() {
        assertThat(UkDates.parse("3\u00A0April\u00A02019").asOptional().orElseThrow().date())
                .isEqualTo(LocalDate.of(2019, 4, 3));
    }

    @Test
    void a_time_after_a_date_is_split_off() {
        assertThat(UkDates.splitTime("03/04/2019 14:30")).isEqualTo(new UkDates.DateAndTimeText("03/04/2019", "14:30"));
        assertThat(UkDates.splitTime("2019-04-03T14:30:00")).isEqualTo(
                new UkDates.DateAndTimeText("2019-04-03", "14:30:00"));
        assertThat(UkDates.splitTime("3 April 2019 2.30pm")).isEqualTo(
                new UkDates.DateAndTimeText("3 April 2019", "2.30pm"));
        assertThat(UkDates.splitTime("43558.75")).isEqualTo(new UkDates.DateAndTimeText("43558", "0.75"));
        assertThat(UkDates.splitTime("03.04.2019")).isEqualTo(new UkDates.DateAndTimeText("03.04.2019", null));
        assertThat(UkDates.splitTime("April 2019")).isEqualTo(new UkDates.DateAndTimeText("April 2019", null));
    }

    /** Why the reading failed, in English. */
    static String reasonOf(Reading<?> reading) {
        assertThat(reading.isRead()).as("unreadable").isFalse();
        return ((Reading.Unreadable<?>) reading).reason();
    }

    /** Why the reading failed, in Welsh. */
    static String welshReasonOf(Reading<?> reading) {
        assertThat(reading.isRead()).as("unreadable").isFalse();
        return ((Reading.Unreadable<?>) reading).reasonIn(Texts.WELSH);
    }
}
