package org.roundtable.timeline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkTimesTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            14:30|14:30
            14.30|14:30
            09:05|09:05
            9:05|09:05
            14:30:15|14:30:15
            2.30pm|14:30
            2:30 pm|14:30
            2.30 p.m.|14:30
            2pm|14:00
            2 PM|14:00
            12am|00:00
            12pm|12:00
            12.15am|00:15
            11:59 PM|23:59
            1430|14:30
            0930|09:30
            930|09:30
            1430hrs|14:30
            14:30 hrs|14:30
            14.30h|14:30
            noon|12:00
            Midday|12:00
            midnight|00:00
            0.604166666666667|14:30
            .5|12:00
            0|00:00
            '  14:30  '|14:30
            c. 14:30|14:30
            approx 2pm|14:00
            14:30?|14:30
            """)
    void reads_times_as_chronologies_write_them(String written, LocalTime time) {
        assertThat(UkTimes.parse(written)).isEqualTo(new Reading.Read<>(time));
    }

    @ParameterizedTest(name = "''{0}'' is unreadable: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            25:00|'25:00' is not a time: there is no hour 25
            24:00|'24:00' is not a time: there is no hour 24 (midnight is 00:00)
            14:75|'14:75' is not a time: there is no minute 75
            13pm|'13pm' is not a time: 13 is not an hour on a 12-hour clock
            0pm|'0pm' is not a time: 0 is not an hour on a 12-hour clock
            after school|'after school' is not a time: write it like 14:30, 2.30pm or 1430
            10:00-11:00|'10:00-11:00' is not a time: write it like 14:30, 2.30pm or 1430
            14|'14' is not a time: write it like 14:30, 2.30pm or 1430
            """)
    void says_why_a_time_cannot_be_read(String written, String reason) {
        assertThat(UkDatesTest.reasonOf(UkTimes.parse(written))).isEqualTo(reason);
    }

    @Test
    void says_why_a_time_cannot_be_read_in_welsh_too() {
        assertThat(UkDatesTest.welshReasonOf(UkTimes.parse("25:00")))
                .isEqualTo("dydy '25:00' ddim yn amser: does dim awr 25");
        assertThat(UkDatesTest.welshReasonOf(UkTimes.parse("24:00")))
                .isEqualTo("dydy '24:00' ddim yn amser: does dim awr 24 (00:00 yw hanner nos)");
        assertThat(UkDatesTest.welshReasonOf(UkTimes.parse("14:75")))
                .isEqualTo("dydy '14:75' ddim yn amser: does dim munud 75");
        assertThat(UkDatesTest.welshReasonOf(UkTimes.parse("14:30:61")))
                .isEqualTo("dydy '14:30:61' ddim yn amser: does dim eiliad 61");
        assertThat(UkDatesTest.welshReasonOf(UkTimes.parse("13pm")))
                .isEqualTo("dydy '13pm' ddim yn amser: dydy 13 ddim yn awr ar gloc 12 awr");
        assertThat(UkDatesTest.welshReasonOf(UkTimes.parse("ar ôl cinio")))
                .isEqualTo("dydy 'ar ôl cinio' ddim yn amser: ysgrifennwch yr amser fel 14:30, 2.30pm neu 1430");
        assertThat(UkDatesTest.welshReasonOf(UkTimes.parse(""))).isEqualTo("does dim amser wedi'i ysgrifennu");
    }
}
