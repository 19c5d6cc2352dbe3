package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.RoundtableApplication;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An event's default language is set in its setup, kept in the event's log on a real MapDB file,
 * and read again after a restart; an event whose log never set one speaks English.
 */
class EventLanguageTest {

    @TempDir
    Path data;

    @Test
    void the_default_language_is_stored_with_the_event_and_survives_a_restart() {
        Path store = data.resolve("roundtable.db");
        String welshEventId;
        String englishEventId;
        try (ConfigurableApplicationContext first = start(store)) {
            Caller.Account facilitator = first.getBean(Accounts.class).byUsername("facilitator").orElseThrow();
            LearningEvents events = first.getBean(LearningEvents.class);
            EventPreparation preparation = first.getBean(EventPreparation.class);
            LearningEvent welsh = create(events, facilitator, "Plentyn C");
            LearningEvent english = create(events, facilitator, "Child E");
            welshEventId = welsh.id();
            englishEventId = english.id();
            assertThat(events.language(facilitator, welshEventId)).isEqualTo(Texts.ENGLISH);

            assertThat(preparation.changeLanguage(facilitator, welshEventId, Texts.WELSH)).isEqualTo(Texts.WELSH);

            assertThat(events.language(facilitator, welshEventId)).isEqualTo(Texts.WELSH);
            assertThat(preparation.languageFor(facilitator, welshEventId)).isEqualTo(Texts.WELSH);
            assertThat(events.language(events.readableBy(facilitator, welshEventId))).isEqualTo(Texts.WELSH);
            assertThat(events.language(facilitator, englishEventId)).isEqualTo(Texts.ENGLISH);
            Caller.Participant officer = events.join(events.secretsFor(facilitator, welshEventId).displayJoinCode(),
                    "Swyddog", "POL", null, "language-client");
            assertThat(events.language(officer, welshEventId)).isEqualTo(Texts.WELSH);
        }

        try (ConfigurableApplicationContext second = start(store)) {
            Caller.Account facilitator = second.getBean(Accounts.class).byUsername("facilitator").orElseThrow();
            LearningEvents events = second.getBean(LearningEvents.class);
            assertThat(events.language(facilitator, welshEventId)).isEqualTo(Texts.WELSH);
            assertThat(events.language(facilitator, englishEventId)).isEqualTo(Texts.ENGLISH);
            assertThat(second.getBean(EventPreparation.class).languageFor(facilitator, welshEventId))
                    .isEqualTo(Texts.WELSH);
        }
    }

    @Test
    void only_english_or_welsh_is_accepted_and_only_from_those_who_prepare_the_event() {
        try (ConfigurableApplicationContext app = start(data.resolve("refusals.db"))) {
            Caller.Account facilitator = app.getBean(Accounts.class).byUsername("facilitator").orElseThrow();
            LearningEvents events = app.getBean(LearningEvents.class);
            EventPreparation preparation = app.getBean(EventPreparation.class);
            LearningEvent event = create(events, facilitator, "Child L");
            Caller.Participant officer = events.join(events.secretsFor(facilitator, event.id()).displayJoinCode(),
                    "Officer", "POL", null, "language-client-2");

            assertThatThrownBy(() -> preparation.changeLanguage(facilitator, event.id(), Locale.FRENCH))
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(refused -> assertThat(((InvalidInput) refused).messageIn(Texts.WELSH))
                            .contains("Cymraeg"));
            assertThatThrownBy(() -> preparation.changeLanguage(facilitator, event.id(), null))
                    .isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> preparation.changeLanguage(officer, event.id(), Texts.WELSH))
                    .isInstanceOf(NotAllowed.class);
            assertThat(events.language(facilitator, event.id())).isEqualTo(Texts.ENGLISH);
        }
    }

    private static LearningEvent create(LearningEvents events, Caller.Account facilitator, String pseudonym) {
        return events.create(facilitator, new NewLearningEvent(pseudonym, LocalDate.of(2026, 11, 30), "Aberystwyth",
                List.of(new NewLearningEvent.AgencyName("Heddlu", "POL"))));
    }

    private static ConfigurableApplicationContext start(Path store) {
        return new SpringApplicationBuilder(RoundtableApplication.class)
                .profiles("test")
                .run("--server.port=0", "--roundtable.store.file=" + store,
                        "--roundtable.cluster.name=language-" + store.hashCode());
    }
}
