package org.roundtable.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.Texts;

/** A date typed into a form outside the import is refused with its reason in the person's language. */
class TypedDateTest {

    @Test
    void an_impossible_typed_date_is_refused_in_english_and_in_welsh() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> Timelines.readDate("31/02/2019", "timeline.field.end-date"));

        assertThat(refused.getMessage())
                .isEqualTo("The end date: '31/02/2019' is not a date: February 2019 has 28 days");
        assertThat(refused.messageIn(Texts.WELSH)).isEqualTo("Y dyddiad gorffen: ni allwn ei ddarllen"
                + " (dydy '31/02/2019' ddim yn ddyddiad: dim ond 28 diwrnod sydd ym mis Chwefror 2019)");
    }

    @Test
    void a_wrong_weekday_names_the_right_one_in_the_readers_language() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> Timelines.readDate("Mon 3 April 2019", "date"));

        assertThat(refused.getMessage()).endsWith("3 April 2019 was a Wednesday");
        assertThat(refused.messageIn(Texts.WELSH)).endsWith("Dydd Mercher oedd 3 Ebrill 2019)")
                .doesNotContain("Wednesday", "was a");
    }
}
