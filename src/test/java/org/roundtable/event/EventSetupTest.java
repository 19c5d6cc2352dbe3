package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.roundtable.live.Change;
import org.roundtable.live.LoggedChange;
import org.roundtable.shared.InvalidInput;

/** The rules of an event's preparation, without Spring: defaults, warnings, templates, versions, genograms. */
class EventSetupTest {

    private static final String EVENT = "e1";
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void a_new_event_starts_with_working_principles_and_an_agenda_in_the_order_of_the_guidance() {
        EventSetup setup = EventSetup.startingWith(EVENT, details("Child A"));

        assertThat(setup.workingPrinciples()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(setup.agenda()).extracting(AgendaStage::kind).filteredOn(kind -> kind != StageKind.BREAK)
                .containsExactly(StageKind.INTRODUCTIONS, StageKind.PURPOSE_AND_PRINCIPLES, StageKind.CASE_OVERVIEW,
                        StageKind.TIMELINE, StageKind.LIVED_EXPERIENCE, StageKind.GROUP_ANALYSIS,
                        StageKind.GROUP_FEEDBACK, StageKind.LEARNING_THEMES, StageKind.EVALUATION_AND_CLOSE);
        assertThat(setup.agenda()).extracting(AgendaStage::kind).contains(StageKind.BREAK);
        assertThat(setup.agenda()).allSatisfy(stage -> assertThat(stage.minutes()).isBetween(10, 90));
        assertThat(setup.plannedMinutes()).isBetween(5 * 60, 7 * 60);
        assertThat(setup.keyThemes()).isEmpty();
        assertThat(setup.termsOfReference().versions()).isEmpty();
    }

    @Test
    void the_default_working_principles_are_in_our_own_words_not_the_welsh_guides() {
        List<String> guide = List.of(
                "Each member of the group has a valid contribution to make which will be valued and listened to",
                "Where there are differences in views, these will be heard sensitively",
                "We are all striving to challenge and address oppressive practices in our work",
                "Participants will support the principle of confidentiality about personal feelings",
                "Naïve questions will be considered the norm");

        for (String principle : SetupDefaults.WORKING_PRINCIPLES) {
            for (String sentence : guide) {
                assertThat(principle.toLowerCase()).doesNotContain(sentence.toLowerCase());
            }
        }
    }

    @Test
    void more_than_seven_key_themes_warn_but_seven_do_not() {
        assertThat(KeyTheme.warningFor(7)).isEmpty();
        assertThat(KeyTheme.warningFor(8)).hasValueSatisfying(w -> assertThat(w).contains("8", "six or seven"));
        EventSetup setup = EventSetup.startingWith(EVENT, details("Child A")).withKeyThemes(
                IntStream.rangeClosed(1, 8).mapToObj(i -> new KeyTheme("Theme " + i, null)).toList());
        assertThat(setup.keyThemesWarning()).isPresent();
    }

    @Test
    void a_template_keeps_the_shape_of_the_event_and_none_of_its_case_data() {
        EventSetup setup = EventSetup.startingWith(EVENT, new EventDetails("Child Q", ReviewType.SERIOUS_CASE_REVIEW,
                        List.of(new EventDay(MONDAY, DayPart.MORNING), new EventDay(MONDAY.plusDays(1), DayPart.WHOLE_DAY)),
                        "Civic Centre Room 4"))
                .withPeople(new EventPeople(List.of(new PersonInRole("Independent reviewer", "Pat Reviewer")),
                        new PersonInRole("Minute taker", "Sam Notes"),
                        List.of(new Invitee("Health visitor", "HV", "Alex Visitor"))))
                .withTermsOfReference(TermsOfReference.NONE.revised(new TermsVersion(1, "# Scope of the review",
                        "account:1", "facilitator", Instant.EPOCH)))
                .withKeyThemes(List.of(new KeyTheme("Neglect recognised late", "Missed appointments")))
                .withFamilyPerspective(FamilyPerspective.messages(List.of(new FamilyMessage("Mother", "Listen to us"))))
                .withGenogram(new Genogram("family.png", Genogram.PNG, png(100), true, Instant.EPOCH))
                .withAgenda(List.of(new AgendaStage("What life was like for Child Q", 30, StageKind.LIVED_EXPERIENCE),
                        new AgendaStage("Timeline", 60, StageKind.TIMELINE)))
                .withWorkingPrinciples(List.of("We keep child q at the centre", "Learning, not blame"));

        EventTemplate template = setup.asTemplate("t1", "Two-day SCR", "account:1", Instant.EPOCH);

        assertThat(template.reviewType()).isEqualTo(ReviewType.SERIOUS_CASE_REVIEW);
        assertThat(template.dayPattern()).containsExactly(DayPart.MORNING, DayPart.WHOLE_DAY);
        assertThat(template.agenda()).extracting(AgendaStage::kind)
                .containsExactly(StageKind.LIVED_EXPERIENCE, StageKind.TIMELINE);
        assertThat(template.agenda().getFirst().title()).isEqualTo("What life was like for the child");
        assertThat(template.workingPrinciples()).containsExactly("We keep the child at the centre", "Learning, not blame");
        assertThat(Arrays.stream(EventTemplate.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("id", "name", "ownerAccountId", "reviewType", "dayPattern", "agenda",
                        "workingPrinciples", "savedAt");
        assertThat(template.toString()).doesNotContain("Child Q", "2026", "Civic Centre", "Pat Reviewer", "Sam Notes",
                "Alex Visitor", "Scope of the review", "Neglect recognised", "Listen to us", "family.png");
    }

    @Test
    void a_template_day_pattern_starts_on_the_new_date_and_skips_the_weekend() {
        LocalDate friday = LocalDate.of(2026, 12, 4);

        assertThat(EventSetup.daysFrom(friday, List.of(DayPart.WHOLE_DAY, DayPart.MORNING))).containsExactly(
                new EventDay(friday, DayPart.WHOLE_DAY), new EventDay(friday.plusDays(3), DayPart.MORNING));
        assertThat(EventSetup.daysFrom(friday, List.of())).containsExactly(new EventDay(friday, DayPart.WHOLE_DAY));
    }

    @Test
    void every_revision_of_the_terms_of_reference_is_kept_in_order_with_who_and_when() {
        EventSetups setups = new EventSetups();
        setups.apply(logged(1, "system", new EventChange.EventCreated(EVENT, "Child A", MONDAY, null, List.of(),
                "account:1", false, "CODE", "token")));
        setups.apply(logged(2, "account:1", new SetupChange.TermsOfReferenceRevised("First draft", "facilitator")));
        setups.apply(logged(3, "account:2", new SetupChange.TermsOfReferenceRevised("Second draft", "cofacilitator")));

        TermsOfReference terms = setups.of(EVENT).orElseThrow().termsOfReference();

        assertThat(terms.versions()).extracting(TermsVersion::number, TermsVersion::markdown, TermsVersion::actorId,
                        TermsVersion::authorName, TermsVersion::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "First draft", "account:1", "facilitator", at(2)),
                        org.assertj.core.groups.Tuple.tuple(2, "Second draft", "account:2", "cofacilitator", at(3)));
        assertThat(terms.current()).map(TermsVersion::markdown).hasValue("Second draft");
    }

    @Test
    void a_genogram_is_a_png_or_jpeg_by_its_first_bytes_whatever_its_name() {
        assertThat(Genogram.mediaTypeOf(png(64))).isEqualTo(Genogram.PNG);
        assertThat(Genogram.mediaTypeOf(jpeg(64))).isEqualTo(Genogram.JPEG);

        byte[] gif = "GIF89a and the rest".getBytes();
        assertThatThrownBy(() -> Genogram.mediaTypeOf(gif)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("not a PNG or JPEG");
        byte[] pdf = "%PDF-1.7".getBytes();
        assertThatThrownBy(() -> Genogram.mediaTypeOf(pdf)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Genogram.mediaTypeOf(Arrays.copyOf(png(8), 5))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Genogram.mediaTypeOf(new byte[0])).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("empty");
    }

    @Test
    void a_genogram_over_five_megabytes_is_refused_with_its_size_and_the_limit() {
        assertThat(Genogram.mediaTypeOf(png(Genogram.MAX_BYTES))).isEqualTo(Genogram.PNG);
        assertThatThrownBy(() -> Genogram.mediaTypeOf(png(Genogram.MAX_BYTES + 1)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("5.0 MB").hasMessageContaining("limit");
    }

    @Test
    void the_projector_flag_starts_off_when_a_genogram_is_uploaded_and_follows_the_facilitator() {
        EventSetups setups = new EventSetups();
        setups.apply(logged(1, "system", new EventChange.EventCreated(EVENT, "Child A", MONDAY, null, List.of(),
                "account:1", false, "CODE", "token")));
        setups.apply(logged(2, "account:1", new SetupChange.GenogramUploaded("g.png", Genogram.PNG, png(32))));
        assertThat(setups.of(EVENT).orElseThrow().genogram().showOnProjector()).isFalse();

        setups.apply(logged(3, "account:1", new SetupChange.GenogramProjectionChanged(true)));
        assertThat(setups.of(EVENT).orElseThrow().genogram().showOnProjector()).isTrue();

        setups.apply(logged(4, "account:1", new SetupChange.GenogramUploaded("new.jpg", Genogram.JPEG, jpeg(32))));
        assertThat(setups.of(EVENT).orElseThrow().genogram().showOnProjector()).isFalse();
        setups.apply(logged(5, "account:1", new SetupChange.GenogramRemoved()));
        assertThat(setups.of(EVENT).orElseThrow().genogram()).isNull();
    }

    @Test
    void the_total_planned_time_reads_in_hours_and_minutes() {
        assertThat(AgendaStage.duration(45)).isEqualTo("45 min");
        assertThat(AgendaStage.duration(120)).isEqualTo("2 h");
        assertThat(AgendaStage.duration(365)).isEqualTo("6 h 5 min");
    }

    static byte[] png(int size) {
        byte[] bytes = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, bytes, 0, Math.min(size, signature.length));
        return bytes;
    }

    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }

    private static EventDetails details(String pseudonym) {
        return new EventDetails(pseudonym, null, List.of(new EventDay(MONDAY, DayPart.WHOLE_DAY)), null);
    }

    private static LoggedChange logged(long sequence, String actor, Change change) {
        return new LoggedChange(LearningEvent.logIdOf(EVENT), sequence, at(sequence), actor, change);
    }

    private static Instant at(long sequence) {
        return Instant.parse("2026-11-01T09:00:00Z").plusSeconds(sequence * 60);
    }
}
