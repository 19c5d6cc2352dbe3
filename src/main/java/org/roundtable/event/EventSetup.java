package org.roundtable.event;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.roundtable.shared.Texts;

/**
 * Everything prepared for one learning event, as its facilitators see it. Parts the room may see
 * (working principles, agenda, key themes, family perspective) are also read one by one through
 * {@link EventPreparation}; the terms of reference, the people and the genogram are for
 * facilitators only.
 */
public record EventSetup(String eventId, EventDetails details, EventPeople people, TermsOfReference termsOfReference,
        List<KeyTheme> keyThemes, List<String> workingPrinciples, List<AgendaStage> agenda,
        FamilyPerspective familyPerspective, @Nullable Genogram genogram) {

    public EventSetup {
        keyThemes = List.copyOf(keyThemes);
        workingPrinciples = List.copyOf(workingPrinciples);
        agenda = List.copyOf(agenda);
    }

    /** A new event's setup: its details, the default principles and agenda, nothing else yet. */
    static EventSetup startingWith(String eventId, EventDetails details) {
        return new EventSetup(eventId, details, EventPeople.NONE, TermsOfReference.NONE, List.of(),
                SetupDefaults.WORKING_PRINCIPLES, SetupDefaults.AGENDA, FamilyPerspective.NOT_GATHERED, null);
    }

    EventSetup withDetails(EventDetails next) {
        return new EventSetup(eventId, next, people, termsOfReference, keyThemes, workingPrinciples, agenda,
                familyPerspective, genogram);
    }

    EventSetup withPeople(EventPeople next) {
        return new EventSetup(eventId, details, next, termsOfReference, keyThemes, workingPrinciples, agenda,
                familyPerspective, genogram);
    }

    EventSetup withTermsOfReference(TermsOfReference next) {
        return new EventSetup(eventId, details, people, next, keyThemes, workingPrinciples, agenda,
                familyPerspective, genogram);
    }

    EventSetup withKeyThemes(List<KeyTheme> next) {
        return new EventSetup(eventId, details, people, termsOfReference, next, workingPrinciples, agenda,
                familyPerspective, genogram);
    }

    EventSetup withWorkingPrinciples(List<String> next) {
        return new EventSetup(eventId, details, people, termsOfReference, keyThemes, next, agenda,
                familyPerspective, genogram);
    }

    EventSetup withAgenda(List<AgendaStage> next) {
        return new EventSetup(eventId, details, people, termsOfReference, keyThemes, workingPrinciples, next,
                familyPerspective, genogram);
    }

    EventSetup withFamilyPerspective(FamilyPerspective next) {
        return new EventSetup(eventId, details, people, termsOfReference, keyThemes, workingPrinciples, agenda,
                next, genogram);
    }

    EventSetup withGenogram(@Nullable Genogram next) {
        return new EventSetup(eventId, details, people, termsOfReference, keyThemes, workingPrinciples, agenda,
                familyPerspective, next);
    }

    /** The warning to show above the key themes, when there are more than the guidance advises. */
    public Optional<String> keyThemesWarning() {
        return KeyTheme.warningFor(keyThemes.size());
    }

    public int plannedMinutes() {
        return AgendaStage.totalMinutes(agenda);
    }

    /**
     * This setup as a template: review type, day pattern, agenda and working principles only.
     * Should the pseudonym appear in a stage title or a principle, it becomes "the child".
     */
    public EventTemplate asTemplate(String templateId, String name, String ownerAccountId, Instant savedAt) {
        Pattern pseudonym = Pattern.compile(Pattern.quote(details.pseudonym()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<AgendaStage> stages = agenda.stream()
                .map(s -> new AgendaStage(withoutCase(s.title(), pseudonym), s.minutes(), s.kind()))
                .toList();
        List<String> principles = workingPrinciples.stream().map(p -> withoutCase(p, pseudonym)).toList();
        List<DayPart> pattern = details.days().stream().map(EventDay::part).toList();
        return new EventTemplate(templateId, name, ownerAccountId, details.reviewType(), pattern, stages, principles,
                savedAt);
    }

    private static String withoutCase(String text, Pattern pseudonym) {
        return pseudonym.matcher(text).replaceAll("the child");
    }

    /**
     * The days of a new event that follows {@code pattern} from {@code firstDate}: one day after
     * another, skipping weekends.
     */
    public static List<EventDay> daysFrom(LocalDate firstDate, List<DayPart> pattern) {
        if (pattern.isEmpty()) {
            return List.of(new EventDay(firstDate, DayPart.WHOLE_DAY));
        }
        List<EventDay> days = new ArrayList<>();
        LocalDate date = firstDate;
        for (DayPart part : pattern) {
            days.add(new EventDay(date, part));
            date = date.plusDays(1);
            while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.plusDays(1);
            }
        }
        return days;
    }

    /** How a day reads in {@code locale}'s language: "Monday 30 November 2026 (whole day)". */
    public static String describe(Locale locale, EventDay day) {
        Locale language = Texts.supported(locale);
        return Texts.get(language, "event.day.described",
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language).format(day.date()),
                Texts.label(language, day.part()).toLowerCase(language));
    }

    /** How a list of days reads: "Monday 30 November 2026 (whole day)". */
    public static String describe(EventDay day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(day.date())
                + " (" + day.part().label().toLowerCase(Locale.UK) + ")";
    }
}
