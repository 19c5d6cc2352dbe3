package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.live.ChangeLog;
import org.roundtable.live.LoggedChange;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Preparing an event through the real services and log: each part saved and read back, and who may do what. */
@SpringBootTest
@ActiveProfiles("test")
class EventPreparationTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Autowired
    EventPreparation preparation;
    @Autowired
    LearningEvents events;
    @Autowired
    ChangeLog changeLog;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent event;

    @BeforeEach
    void anEventOfItsOwn() {
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child P");
    }

    @Test
    void a_new_event_has_the_default_principles_and_agenda_recorded_in_its_log() {
        assertThat(preparation.workingPrinciplesFor(owner, event.id())).isEqualTo(SetupDefaults.WORKING_PRINCIPLES);
        assertThat(preparation.agendaFor(owner, event.id())).isEqualTo(SetupDefaults.AGENDA);
        assertThat(changeLog.read(event.logId())).extracting(LoggedChange::change)
                .hasAtLeastOneElementOfType(SetupChange.AgendaChanged.class)
                .hasAtLeastOneElementOfType(SetupChange.WorkingPrinciplesChanged.class);
        EventDetails details = preparation.detailsFor(owner, event.id());
        assertThat(details.days()).containsExactly(new EventDay(MONDAY, DayPart.WHOLE_DAY));
        assertThat(details.reviewType()).isNull();
    }

    @Test
    void changed_details_show_in_the_event_everyone_reads_and_days_are_kept_in_date_order() {
        preparation.changeDetails(owner, event.id(), "  Child P2 ", ReviewType.EXTENDED_CHILD_PRACTICE_REVIEW,
                List.of(new EventDay(MONDAY.plusDays(1), DayPart.MORNING), new EventDay(MONDAY, DayPart.WHOLE_DAY)),
                "Town Hall\u0007");

        EventDetails details = preparation.detailsFor(owner, event.id());
        assertThat(details.pseudonym()).isEqualTo("Child P2");
        assertThat(details.reviewType()).isEqualTo(ReviewType.EXTENDED_CHILD_PRACTICE_REVIEW);
        assertThat(details.days()).extracting(EventDay::date).containsExactly(MONDAY, MONDAY.plusDays(1));
        assertThat(details.venue()).isEqualTo("Town Hall");
        LearningEvent read = events.readableBy(owner, event.id());
        assertThat(read.pseudonym()).isEqualTo("Child P2");
        assertThat(read.date()).isEqualTo(MONDAY);
        assertThat(read.venue()).isEqualTo("Town Hall");
        assertThat(read.agencies()).isEqualTo(event.agencies());
    }

    @Test
    void details_without_a_pseudonym_or_days_or_with_a_day_twice_are_refused_with_a_message() {
        assertThatThrownBy(() -> preparation.changeDetails(owner, event.id(), "", null,
                List.of(new EventDay(MONDAY, DayPart.WHOLE_DAY)), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("pseudonym");
        assertThatThrownBy(() -> preparation.changeDetails(owner, event.id(), "Child P", null, List.of(), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at least one day");
        assertThatThrownBy(() -> preparation.changeDetails(owner, event.id(), "Child P", null,
                List.of(new EventDay(MONDAY, DayPart.MORNING), new EventDay(MONDAY, DayPart.AFTERNOON)), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("30 November 2026 is given twice");
        assertThatThrownBy(() -> preparation.changeDetails(owner, event.id(), "Child P", null,
                List.of(new EventDay(MONDAY, DayPart.WHOLE_DAY)), "v".repeat(201)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("limit is 200");
    }

    @Test
    void people_are_one_or_two_facilitators_a_note_taker_and_invitees_from_the_events_agencies() {
        EventPeople people = preparation.changePeople(owner, event.id(),
                List.of(new PersonInRole("Independent reviewer", "Pat"), new PersonInRole(" ", " ")),
                new PersonInRole("Note-taker", null),
                List.of(new Invitee("Health visitor", "HV", null), new Invitee("PC", "POL", "Jo")));

        assertThat(people.facilitators()).containsExactly(new PersonInRole("Independent reviewer", "Pat"));
        assertThat(people.noteTaker()).isEqualTo(new PersonInRole("Note-taker", null));
        assertThat(preparation.peopleFor(owner, event.id()).invited()).extracting(Invitee::agencyCode)
                .containsExactly("HV", "POL");

        assertThatThrownBy(() -> preparation.changePeople(owner, event.id(), List.of(), null, List.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at least one facilitator");
        assertThatThrownBy(() -> preparation.changePeople(owner, event.id(), List.of(new PersonInRole("A", null),
                new PersonInRole("B", null), new PersonInRole("C", null)), null, List.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("one or two");
        assertThatThrownBy(() -> preparation.changePeople(owner, event.id(), List.of(new PersonInRole("A", null)),
                null, List.of(new Invitee("Teacher", "SCH", null))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("agency of invited person 1");
    }

    @Test
    void the_terms_of_reference_keep_every_version_with_its_author_and_the_same_text_twice_adds_nothing() {
        preparation.reviseTermsOfReference(owner, event.id(), "# Scope\n\nThe period 2023-2025.");
        preparation.reviseTermsOfReference(owner, event.id(), "# Scope\n\nThe period 2022-2025.");
        preparation.reviseTermsOfReference(owner, event.id(), "# Scope\n\nThe period 2022-2025.");

        TermsOfReference terms = preparation.termsOfReferenceFor(owner, event.id());
        assertThat(terms.versions()).extracting(TermsVersion::number).containsExactly(1, 2);
        assertThat(terms.versions()).allSatisfy(v -> {
            assertThat(v.actorId()).isEqualTo(owner.actorId());
            assertThat(v.authorName()).isEqualTo(owner.username());
        });
        assertThat(terms.versions().get(0).at()).isBeforeOrEqualTo(terms.versions().get(1).at());
        assertThat(terms.current()).map(TermsVersion::markdown).hasValue("# Scope\n\nThe period 2022-2025.");
        assertThatThrownBy(() -> preparation.reviseTermsOfReference(owner, event.id(),
                "x".repeat(EventPreparation.MAX_TERMS_LENGTH + 1))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void key_themes_are_ordered_more_than_seven_are_kept_and_each_needs_a_title() {
        List<KeyTheme> eight = java.util.stream.IntStream.rangeClosed(1, 8)
                .mapToObj(i -> new KeyTheme("Theme " + i, i == 1 ? "Described" : " ")).toList();

        List<KeyTheme> saved = preparation.changeKeyThemes(owner, event.id(), eight);

        assertThat(saved).hasSize(8).first().isEqualTo(new KeyTheme("Theme 1", "Described"));
        assertThat(saved.get(1).description()).isNull();
        assertThat(preparation.setupFor(owner, event.id()).keyThemesWarning()).isPresent();
        assertThatThrownBy(() -> preparation.changeKeyThemes(owner, event.id(),
                List.of(new KeyTheme("Ok", null), new KeyTheme("", "no title"))))
                .isInstanceOf(InvalidInput.class).hasMessage("Key theme 2 is empty.");
    }

    @Test
    void working_principles_and_the_agenda_are_editable_and_validated() {
        preparation.changeWorkingPrinciples(owner, event.id(), List.of("Phones on silent", "Learning, not blame"));
        assertThat(preparation.workingPrinciplesFor(owner, event.id()))
                .containsExactly("Phones on silent", "Learning, not blame");

        preparation.changeAgenda(owner, event.id(), List.of(new AgendaStage("Welcome", 15, StageKind.INTRODUCTIONS),
                new AgendaStage("Walk the timeline", 90, StageKind.TIMELINE)));
        assertThat(preparation.agendaFor(owner, event.id())).extracting(AgendaStage::kind)
                .containsExactly(StageKind.INTRODUCTIONS, StageKind.TIMELINE);
        assertThat(preparation.setupFor(owner, event.id()).plannedMinutes()).isEqualTo(105);

        assertThatThrownBy(() -> preparation.changeAgenda(owner, event.id(), List.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at least one stage");
        assertThatThrownBy(() -> preparation.changeAgenda(owner, event.id(),
                List.of(new AgendaStage("Welcome", 0, StageKind.INTRODUCTIONS))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("between 1 and 480 minutes");
    }

    @Test
    void the_family_perspective_is_messages_by_relationship_or_declined_with_a_reason() {
        preparation.changeFamilyPerspective(owner, event.id(), FamilyPerspective.messages(List.of(
                new FamilyMessage("Mother", "Nobody asked what she was scared of."))));
        assertThat(preparation.familyPerspectiveFor(owner, event.id()).messages())
                .extracting(FamilyMessage::relationship).containsExactly("Mother");

        preparation.changeFamilyPerspective(owner, event.id(), new FamilyPerspective(
                List.of(new FamilyMessage("Father", "ignored")), true, "Too painful at present"));
        FamilyPerspective declined = preparation.familyPerspectiveFor(owner, event.id());
        assertThat(declined.declined()).isTrue();
        assertThat(declined.messages()).isEmpty();
        assertThat(declined.declinedReason()).isEqualTo("Too painful at present");

        assertThatThrownBy(() -> preparation.changeFamilyPerspective(owner, event.id(), FamilyPerspective.declined(" ")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("reason");
    }

    @Test
    void the_projector_gets_the_genogram_only_while_the_facilitator_shows_it() {
        Caller.Projector projector = room.projector(event, owner);
        assertThatThrownBy(() -> preparation.showGenogramOnProjector(owner, event.id(), true))
                .isInstanceOf(InvalidInput.class);

        preparation.uploadGenogram(owner, event.id(), "family.png", EventSetupTest.png(2048));
        assertThat(preparation.genogramFor(owner, event.id())).isPresent();
        assertThat(preparation.genogramForProjector(projector, event.id())).isEmpty();

        preparation.showGenogramOnProjector(owner, event.id(), true);
        assertThat(preparation.genogramForProjector(projector, event.id()))
                .hasValueSatisfying(g -> assertThat(g.mediaType()).isEqualTo(Genogram.PNG));
        assertThat(preparation.genogramForProjector(owner, event.id())).isPresent();

        preparation.showGenogramOnProjector(owner, event.id(), false);
        assertThat(preparation.genogramForProjector(projector, event.id())).isEmpty();
    }

    @Test
    void a_genogram_that_is_not_a_png_or_jpeg_or_too_big_is_refused_whatever_its_name() {
        assertThatThrownBy(() -> preparation.uploadGenogram(owner, event.id(), "family.png", "GIF89a...".getBytes()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not a PNG or JPEG");
        assertThatThrownBy(() -> preparation.uploadGenogram(owner, event.id(), "family.jpg",
                EventSetupTest.jpeg(Genogram.MAX_BYTES + 1)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("limit is 5.0 MB");
        assertThat(preparation.genogramFor(owner, event.id())).isEmpty();
    }

    @Test
    void participants_the_projector_and_other_facilitators_cannot_change_anything() {
        Caller.Participant participant = room.join(event, owner, "HV");
        Caller.Projector projector = room.projector(event, owner);
        Caller.Account stranger = room.anotherFacilitator();

        for (Caller caller : List.of(participant, projector, stranger)) {
            List<Consumer<Caller>> edits = List.of(
                    c -> preparation.changeDetails(c, event.id(), "X", null, List.of(new EventDay(MONDAY, DayPart.MORNING)), null),
                    c -> preparation.changePeople(c, event.id(), List.of(new PersonInRole("R", null)), null, List.of()),
                    c -> preparation.reviseTermsOfReference(c, event.id(), "text"),
                    c -> preparation.changeKeyThemes(c, event.id(), List.of()),
                    c -> preparation.changeWorkingPrinciples(c, event.id(), List.of()),
                    c -> preparation.changeAgenda(c, event.id(), List.of(new AgendaStage("A", 5, StageKind.OTHER))),
                    c -> preparation.changeFamilyPerspective(c, event.id(), FamilyPerspective.declined("r")),
                    c -> preparation.uploadGenogram(c, event.id(), "g.png", EventSetupTest.png(64)),
                    c -> preparation.showGenogramOnProjector(c, event.id(), true),
                    c -> preparation.removeGenogram(c, event.id()),
                    c -> preparation.saveAsTemplate(c, event.id(), "Mine now"));
            for (Consumer<Caller> edit : edits) {
                assertThatThrownBy(() -> edit.accept(caller)).as("%s", caller).isInstanceOf(NotAllowed.class);
            }
        }
        assertThat(preparation.setupFor(owner, event.id()).details().pseudonym()).isEqualTo("Child P");
    }

    @Test
    void the_room_reads_principles_agenda_themes_and_family_but_not_the_facilitators_parts() {
        preparation.uploadGenogram(owner, event.id(), "g.jpg", EventSetupTest.jpeg(64));
        Caller.Participant participant = room.join(event, owner, "POL");
        Caller.Projector projector = room.projector(event, owner);
        Caller.Account stranger = room.anotherFacilitator();

        for (Caller roomMember : List.<Caller>of(participant, projector)) {
            assertThat(preparation.workingPrinciplesFor(roomMember, event.id())).isNotEmpty();
            assertThat(preparation.agendaFor(roomMember, event.id())).isNotEmpty();
            assertThat(preparation.keyThemesFor(roomMember, event.id())).isEmpty();
            assertThat(preparation.familyPerspectiveFor(roomMember, event.id()).declined()).isFalse();
        }
        for (Caller caller : List.<Caller>of(participant, projector, stranger)) {
            assertThatThrownBy(() -> preparation.termsOfReferenceFor(caller, event.id())).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> preparation.peopleFor(caller, event.id())).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> preparation.genogramFor(caller, event.id())).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> preparation.setupFor(caller, event.id())).isInstanceOf(NotAllowed.class);
        }
        assertThatThrownBy(() -> preparation.genogramForProjector(participant, event.id()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> preparation.genogramForProjector(stranger, event.id()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> preparation.agendaFor(stranger, event.id())).isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_template_saved_from_one_event_starts_the_next_with_its_shape_and_none_of_its_case_data() {
        preparation.changeDetails(owner, event.id(), "Child P", ReviewType.PARTNERSHIP_LEARNING_REVIEW,
                List.of(new EventDay(MONDAY, DayPart.MORNING), new EventDay(MONDAY.plusDays(1), DayPart.AFTERNOON)),
                "Secret venue");
        preparation.changeAgenda(owner, event.id(), List.of(new AgendaStage("Welcome", 10, StageKind.INTRODUCTIONS),
                new AgendaStage("Lived experience of Child P", 40, StageKind.LIVED_EXPERIENCE)));
        preparation.changeWorkingPrinciples(owner, event.id(), List.of("One voice at a time"));
        preparation.changeKeyThemes(owner, event.id(), List.of(new KeyTheme("Housing instability", null)));
        preparation.reviseTermsOfReference(owner, event.id(), "Terms for Child P");

        EventTemplate template = preparation.saveAsTemplate(owner, event.id(), "Two half days");
        assertThat(preparation.templatesOf(owner)).extracting(EventTemplate::name).containsExactly("Two half days");
        assertThat(preparation.templatesOf(room.anotherFacilitator())).isEmpty();

        LearningEvent next = preparation.createFromTemplate(owner, template.id(), new NewLearningEvent("Child R",
                LocalDate.of(2027, 1, 8), "Library", List.of(new NewLearningEvent.AgencyName("Police", "POL"))));

        EventSetup setup = preparation.setupFor(owner, next.id());
        assertThat(setup.details().pseudonym()).isEqualTo("Child R");
        assertThat(setup.details().venue()).isEqualTo("Library");
        assertThat(setup.details().reviewType()).isEqualTo(ReviewType.PARTNERSHIP_LEARNING_REVIEW);
        assertThat(setup.details().days()).containsExactly(new EventDay(LocalDate.of(2027, 1, 8), DayPart.MORNING),
                new EventDay(LocalDate.of(2027, 1, 11), DayPart.AFTERNOON));
        assertThat(setup.agenda()).extracting(AgendaStage::title)
                .containsExactly("Welcome", "Lived experience of the child");
        assertThat(setup.workingPrinciples()).containsExactly("One voice at a time");
        assertThat(setup.keyThemes()).isEmpty();
        assertThat(setup.termsOfReference().versions()).isEmpty();
        assertThat(setup.people()).isEqualTo(EventPeople.NONE);

        Caller.Account stranger = room.anotherFacilitator();
        assertThatThrownBy(() -> preparation.createFromTemplate(stranger, template.id(), new NewLearningEvent("X",
                MONDAY, null, List.of(new NewLearningEvent.AgencyName("Police", null)))))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> preparation.deleteTemplate(stranger, template.id())).isInstanceOf(NotAllowed.class);
        preparation.deleteTemplate(owner, template.id());
        assertThat(preparation.templatesOf(owner)).isEmpty();
    }
}
