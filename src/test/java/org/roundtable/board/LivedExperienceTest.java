package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The child's lived experience lane through the real services and log. */
@SpringBootTest
@ActiveProfiles("test")
class LivedExperienceTest {

    static final LocalDate BORN = LocalDate.of(2018, 5, 17);

    @Autowired
    LivedExperience lane;
    @Autowired
    Timelines timelines;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent event;
    Caller.Participant police;
    Caller.Projector projector;

    @BeforeEach
    void aRoom() {
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child V");
        police = room.join(event, owner, "POL");
        projector = room.projector(event, owner);
    }

    @Test
    void entries_are_written_into_a_period_and_read_by_everyone_of_the_event_with_a_byline() {
        LivedPeriod baby = lane.addPeriod(owner, event.id(), "The first months at Nan's flat", null, null);

        LivedExperienceEntry entry = lane.addEntry(police, event.id(), baby.id(),
                "Moved three times; often cold; Mum's partner came and went.");

        for (Caller reader : List.of(projector, owner, police)) {
            assertThat(lane.entriesFor(reader, event.id())).singleElement().satisfies(shown -> {
                assertThat(shown.periodId()).isEqualTo(baby.id());
                assertThat(shown.by().agencyCode()).isEqualTo("POL");
            });
        }
        assertThat(entry.by().yours()).isTrue();
        assertThat(lane.periodsFor(projector, event.id())).extracting(LivedPeriod::label)
                .containsExactly("The first months at Nan's flat");
    }

    @Test
    void a_generated_band_left_as_named_stays_generated_and_one_renamed_reads_as_typed_in_both_languages() {
        List<LivedPeriod> bands = lane.generateByAge(owner, event.id(), event.date().minusYears(2).minusMonths(3));
        LivedPeriod baby = bands.getFirst();
        LivedPeriod second = bands.get(1);

        // the Welsh console's dialog holds the Welsh name: the facilitator only moved the first day
        lane.editPeriod(owner, event.id(), baby.id(), "0–6 mis oed", baby.from().plusDays(1), baby.to());
        lane.editPeriod(owner, event.id(), second.id(), "Gyda Nain", second.from(), second.to());

        List<LivedPeriod> seenByPolice = lane.periodsFor(police, event.id());
        assertThat(seenByPolice).extracting(p -> p.label(Texts.ENGLISH)).startsWith("0–6 months", "Gyda Nain");
        assertThat(seenByPolice).extracting(p -> p.label(Texts.WELSH)).startsWith("0–6 mis oed", "Gyda Nain");
        assertThat(lane.periodsFor(owner, event.id()).getFirst().from()).isEqualTo(baby.from().plusDays(1));
    }

    @Test
    void only_facilitators_define_periods_and_a_period_label_over_sixty_characters_is_refused() {
        assertThatThrownBy(() -> lane.addPeriod(police, event.id(), "Mine", null, null)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> lane.generateByAge(police, event.id(), BORN)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> lane.addPeriod(owner, event.id(), "x".repeat(61), null, null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("60");
        assertThatThrownBy(() -> lane.addPeriod(owner, event.id(), "Backwards", LocalDate.of(2020, 1, 1),
                LocalDate.of(2019, 1, 1))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void an_entry_into_a_forged_period_or_over_the_limit_is_refused_and_the_projector_cannot_write() {
        LivedPeriod period = lane.addPeriod(owner, event.id(), "2019", null, null);

        assertThatThrownBy(() -> lane.addEntry(police, event.id(), "forged", "Text")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> lane.addEntry(police, event.id(), period.id(),
                "x".repeat(LivedExperienceEntry.MAX_LENGTH + 1))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("1000");
        assertThatThrownBy(() -> lane.addEntry(projector, event.id(), period.id(), "Hi"))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void the_date_of_birth_makes_age_bands_and_is_never_given_to_participants_or_the_projector() {
        addEntryOn(LocalDate.of(2018, 1, 9));
        addEntryOn(LocalDate.of(2019, 8, 1));

        List<LivedPeriod> generated = lane.generateByAge(owner, event.id(), BORN);

        assertThat(generated).extracting(LivedPeriod::label)
                .containsExactly("Before birth", "0–6 months", "6–12 months", "1–2 years");
        assertThat(lane.dateOfBirthFor(owner, event.id())).contains(BORN);
        assertThat(lane.periodsFor(owner, event.id()).get(1).from()).isEqualTo(BORN);
        for (Caller room : List.of(police, projector)) {
            assertThatThrownBy(() -> lane.dateOfBirthFor(room, event.id())).isInstanceOf(NotAllowed.class);
            assertThat(lane.periodsFor(room, event.id())).allSatisfy(period -> {
                assertThat(period.from()).isNull();
                assertThat(period.to()).isNull();
            });
            assertThat(lane.periodsFor(room, event.id()).toString()).doesNotContain("2018-05-17", "2018-05-16");
        }
    }

    @Test
    void periods_from_the_timelines_span_are_generated_and_generating_again_is_refused_once_people_wrote() {
        assertThatThrownBy(() -> lane.generateFromTimeline(owner, event.id(), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("empty");
        addEntryOn(LocalDate.of(2019, 3, 2));
        addEntryOn(LocalDate.of(2020, 10, 20));

        List<LivedPeriod> periods = lane.generateFromTimeline(owner, event.id(), null);

        assertThat(periods).extracting(LivedPeriod::label)
                .containsExactly("Jan–Jun 2019", "Jul–Dec 2019", "Jan–Jun 2020", "Jul–Dec 2020");
        assertThat(lane.periodsFor(police, event.id()).getFirst().from()).isEqualTo(LocalDate.of(2019, 1, 1));
        lane.addEntry(police, event.id(), periods.getFirst().id(), "Nursery every morning; a settled spell.");
        assertThatThrownBy(() -> lane.generateFromTimeline(owner, event.id(), LivedPeriodLength.YEAR))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> lane.removePeriod(owner, event.id(), periods.getFirst().id()))
                .isInstanceOf(InvalidInput.class);
        lane.removePeriod(owner, event.id(), periods.getLast().id());
        assertThat(lane.periodsFor(owner, event.id())).hasSize(3);
    }

    @Test
    void authors_edit_and_withdraw_their_own_entries_and_facilitators_hide_them_recoverably() {
        LivedPeriod period = lane.addPeriod(owner, event.id(), "At school", null, null);
        Caller.Participant other = room.join(event, owner, "HV");
        LivedExperienceEntry entry = lane.addEntry(police, event.id(), period.id(), "Often late, often hungry.");

        assertThatThrownBy(() -> lane.editEntry(other, event.id(), entry.id(), "Changed"))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> lane.hideEntry(police, event.id(), entry.id(), true)).isInstanceOf(NotAllowed.class);
        assertThat(lane.editEntry(police, event.id(), entry.id(), "Often late and hungry.").edited()).isTrue();

        lane.hideEntry(owner, event.id(), entry.id(), true);
        assertThat(lane.entriesFor(other, event.id())).isEmpty();
        assertThat(lane.entriesFor(projector, event.id())).isEmpty();
        assertThat(lane.entriesFor(owner, event.id())).singleElement().satisfies(e -> assertThat(e.hidden()).isTrue());
        lane.hideEntry(owner, event.id(), entry.id(), false);
        assertThat(lane.entriesFor(other, event.id())).extracting(LivedExperienceEntry::text)
                .containsExactly("Often late and hungry.");

        lane.withdrawEntry(police, event.id(), entry.id());
        assertThat(lane.entriesFor(owner, event.id())).isEmpty();
    }

    private void addEntryOn(LocalDate day) {
        timelines.add(owner, event.id(), new NewTimelineEntry("HV", ChronologyDate.onDay(day), null, null,
                "Contact on " + day, null, null, null, null));
    }
}
