package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.TimelineEntry;

/** An entry's short description, which screen readers hear on its buttons and notes, follows the screen's language. */
class EntryDescriptionTest {

    final TimelineEntry period = new TimelineEntry("e1", "POL", ChronologyDate.onDay(LocalDate.of(2019, 4, 3)),
            LocalTime.of(14, 30), ChronologyDate.onDay(LocalDate.of(2019, 5, 9)),
            "Police attended the address after a neighbour reported shouting late at night.", null, null, null, false);

    @AfterEach
    void noScreen() {
        UI.setCurrent(null);
    }

    @Test
    void on_a_welsh_screen_its_dates_and_words_are_welsh() {
        onScreenIn(Texts.WELSH);

        assertThat(TimelineBoard.describe(period)).isEqualTo(
                "3 Ebr 2019, 14:30 i 9 Mai 2019, POL: Police attended the address after a neighbour reported shout…")
                .doesNotContain("Apr", "May", " to ");
    }

    @Test
    void on_an_english_screen_and_outside_any_screen_it_reads_as_before() {
        String english = "3 Apr 2019, 14:30 to 9 May 2019, POL: Police attended the address after a neighbour"
                + " reported shout…";

        assertThat(TimelineBoard.describe(period)).isEqualTo(english);
        onScreenIn(Texts.ENGLISH);
        assertThat(TimelineBoard.describe(period)).isEqualTo(english);
    }

    @Test
    void markup_made_for_a_language_can_name_it() {
        onScreenIn(Texts.ENGLISH);

        assertThat(TimelineBoard.describe(period, Texts.WELSH)).startsWith("3 Ebr 2019, 14:30 i 9 Mai 2019, POL: ");
    }

    private static void onScreenIn(java.util.Locale language) {
        UI ui = new UI();
        ui.setLocale(language);
        UI.setCurrent(ui);
    }
}
