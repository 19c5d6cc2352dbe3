package org.roundtable.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.access.Role;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.Texts;
import org.roundtable.shared.UserText;
import org.springframework.stereotype.Service;

/**
 * Preparing a learning event: its details, people, terms of reference, key themes, working
 * principles, agenda, family perspective and genogram, and the facilitators' templates.
 * <p>
 * Only the event's facilitators change any of it. The room (participants, projector) may read
 * the working principles, agenda, key themes and family perspective; the terms of reference, the
 * people and invitation list, and the genogram are for facilitators only (the projector shows the
 * genogram only when a facilitator chooses, see {@link #genogramForProjector}).
 */
@Service
public class EventPreparation {

    public static final int MAX_DAYS = 10;
    public static final int MAX_FACILITATORS = 2;
    public static final int MAX_INVITED = 300;
    public static final int MAX_TERMS_LENGTH = 50_000;
    public static final int MAX_KEY_THEMES = 20;
    public static final int MAX_WORKING_PRINCIPLES = 30;
    public static final int MAX_AGENDA_STAGES = 40;
    public static final int MAX_STAGE_MINUTES = 480;
    public static final int MAX_FAMILY_MESSAGES = 30;
    public static final int MAX_TEMPLATES = 50;


    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final EventSetups setups;
    private final TemplateLibrary templates;

    EventPreparation(ChangeLog changeLog, LearningEvents events, EventSetups setups, TemplateLibrary templates) {
        this.changeLog = changeLog;
        this.events = events;
        this.setups = setups;
        this.templates = templates;
    }

    // Reading

    /** Everything prepared for the event, for its facilitators. */
    public EventSetup setupFor(Caller caller, String eventId) {
        events.facilitatedBy(caller, eventId);
        return setup(eventId);
    }

    /** Pseudonym, review type, days and venue, for anyone of the event. */
    public EventDetails detailsFor(Caller caller, String eventId) {
        events.readableBy(caller, eventId);
        return setup(eventId).details();
    }

    /** The working principles, for anyone of the event. */
    public List<String> workingPrinciplesFor(Caller caller, String eventId) {
        events.readableBy(caller, eventId);
        return setup(eventId).workingPrinciples();
    }

    /** The agenda, for anyone of the event. */
    public List<AgendaStage> agendaFor(Caller caller, String eventId) {
        events.readableBy(caller, eventId);
        return setup(eventId).agenda();
    }

    /** The key themes for analysis, for anyone of the event. */
    public List<KeyTheme> keyThemesFor(Caller caller, String eventId) {
        events.readableBy(caller, eventId);
        return setup(eventId).keyThemes();
    }

    /** The family's perspective, for anyone of the event. */
    public FamilyPerspective familyPerspectiveFor(Caller caller, String eventId) {
        events.readableBy(caller, eventId);
        return setup(eventId).familyPerspective();
    }

    /** Facilitators, note-taker and invitation list, for the event's facilitators only. */
    public EventPeople peopleFor(Caller caller, String eventId) {
        events.facilitatedBy(caller, eventId);
        return setup(eventId).people();
    }

    /** The terms of reference with every revision, for the event's facilitators only. */
    public TermsOfReference termsOfReferenceFor(Caller caller, String eventId) {
        events.facilitatedBy(caller, eventId);
        return setup(eventId).termsOfReference();
    }

    /**
     * The genogram, for the event's facilitators only. It must never be put into an export or a
     * report.
     */
    public Optional<Genogram> genogramFor(Caller caller, String eventId) {
        events.facilitatedBy(caller, eventId);
        return Optional.ofNullable(setup(eventId).genogram());
    }

    /**
     * The genogram for the room's screen: only while a facilitator has chosen to show it, and only
     * to the event's projector or its facilitators. It must never be put into an export or a report.
     */
    public Optional<Genogram> genogramForProjector(Caller caller, String eventId) {
        events.readableBy(caller, eventId);
        boolean projector = caller instanceof Caller.Projector p && p.eventId().equals(eventId);
        if (!projector && !events.isFacilitatorOf(caller, eventId)) {
            throw LearningEvents.notAllowed("event.refused.genogram-shown-by");
        }
        return Optional.ofNullable(setup(eventId).genogram()).filter(Genogram::showOnProjector);
    }

    // Changing

    /** Changes the case pseudonym, review type, days (each whole or half) and venue. */
    public EventDetails changeDetails(Caller caller, String eventId, @Nullable String pseudonym,
            @Nullable ReviewType reviewType, List<EventDay> days, @Nullable String venue) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        String cleanPseudonym = UserText.required(pseudonym, "event.field.pseudonym", 80);
        String cleanVenue = UserText.optional(venue, "event.field.venue", 200);
        List<EventDay> cleanDays = days(days);
        append(event, new SetupChange.EventDetailsChanged(cleanPseudonym, reviewType, cleanDays, cleanVenue), caller);
        return setup(eventId).details();
    }

    private static List<EventDay> days(List<EventDay> days) {
        if (days.isEmpty()) {
            throw InvalidInput.because("event.refused.no-day");
        }
        if (days.size() > MAX_DAYS) {
            throw InvalidInput.because("event.refused.too-many-days", MAX_DAYS);
        }
        Set<LocalDate> dates = new HashSet<>();
        for (EventDay day : days) {
            if (day == null || day.date() == null) {
                throw InvalidInput.because("event.refused.day-without-date");
            }
            if (day.part() == null) {
                throw InvalidInput.because("event.refused.day-without-part", dateArgument(day.date()));
            }
            if (!dates.add(day.date())) {
                throw InvalidInput.because("event.refused.day-twice", dateArgument(day.date()));
            }
        }
        return days.stream().sorted(Comparator.comparing(EventDay::date)).toList();
    }

    /** The language the event's screens speak to whoever has not chosen one, for its facilitators. */
    public Locale languageFor(Caller caller, String eventId) {
        events.facilitatedBy(caller, eventId);
        return events.language(caller, eventId);
    }

    /**
     * Sets the language the event's screens speak to whoever has not chosen one on their device
     * (English or Cymraeg); anything else is refused.
     */
    public Locale changeLanguage(Caller caller, String eventId, @Nullable Locale language) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        if (language == null
                || Texts.LANGUAGES.stream().noneMatch(known -> known.getLanguage().equals(language.getLanguage()))) {
            throw InvalidInput.because("event.language.choose");
        }
        Locale chosen = Texts.supported(language);
        if (!events.language(caller, eventId).equals(chosen)) {
            append(event, new SetupChange.EventLanguageChanged(chosen.getLanguage()), caller);
        }
        return events.language(caller, eventId);
    }

    /** Changes who facilitates (one or two), the note-taker, and the invitation list. */
    public EventPeople changePeople(Caller caller, String eventId, List<PersonInRole> facilitators,
            @Nullable PersonInRole noteTaker, List<Invitee> invited) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        List<PersonInRole> cleanFacilitators = new ArrayList<>();
        for (PersonInRole facilitator : facilitators) {
            int n = cleanFacilitators.size() + 1;
            PersonInRole clean = person(facilitator, new Texts.Ref("event.who.facilitator", n));
            if (clean != null) {
                cleanFacilitators.add(clean);
            }
        }
        if (cleanFacilitators.isEmpty()) {
            throw InvalidInput.because("event.refused.no-facilitator");
        }
        if (cleanFacilitators.size() > MAX_FACILITATORS) {
            throw InvalidInput.because("event.refused.too-many-facilitators");
        }
        PersonInRole cleanNoteTaker = person(noteTaker, new Texts.Ref("event.who.note-taker"));
        if (invited.size() > MAX_INVITED) {
            throw InvalidInput.because("event.refused.too-many-invited", MAX_INVITED);
        }
        List<Invitee> cleanInvited = new ArrayList<>();
        for (Invitee invitee : invited) {
            int n = cleanInvited.size() + 1;
            String role = NumberedField.required(invitee.role(), "event.field.invitee-role", n, 80);
            if (invitee.agencyCode() == null || event.agency(invitee.agencyCode()).isEmpty()) {
                throw InvalidInput.because("event.refused.invitee-agency", n, role);
            }
            cleanInvited.add(new Invitee(role, invitee.agencyCode(),
                    NumberedField.optional(invitee.name(), "event.field.invitee-name", n, 80)));
        }
        append(event, new SetupChange.EventPeopleChanged(cleanFacilitators, cleanNoteTaker, cleanInvited), caller);
        return setup(eventId).people();
    }

    /** A person with a role; nothing typed at all means no one. */
    private static @Nullable PersonInRole person(@Nullable PersonInRole typed, Texts.Ref who) {
        if (typed == null) {
            return null;
        }
        String name = optional(typed.name(), new Texts.Ref("event.field.name-of", who), 80);
        String role = optional(typed.role(), new Texts.Ref("event.field.role-of", who), 80);
        if (role == null && name == null) {
            return null;
        }
        if (role == null) {
            throw InvalidInput.because("event.refused.no-role", who);
        }
        return new PersonInRole(role, name);
    }

    /**
     * Saves a new revision of the terms of reference (Markdown). Earlier revisions stay, with who
     * saved them and when; saving the same text again adds nothing.
     */
    public TermsVersion reviseTermsOfReference(Caller caller, String eventId, @Nullable String markdown) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        String text = UserText.required(markdown, "event.field.terms", MAX_TERMS_LENGTH);
        Optional<TermsVersion> current = setup(eventId).termsOfReference().current();
        if (current.isPresent() && current.get().markdown().equals(text)) {
            return current.get();
        }
        String author = caller instanceof Caller.Account account ? account.username() : "Roundtable";
        append(event, new SetupChange.TermsOfReferenceRevised(text, author), caller);
        return setup(eventId).termsOfReference().current().orElseThrow();
    }

    /**
     * Replaces the key themes for analysis, in order. More than {@link KeyTheme#ADVISED_MAXIMUM}
     * are accepted (the view warns); more than {@link #MAX_KEY_THEMES} are not.
     */
    public List<KeyTheme> changeKeyThemes(Caller caller, String eventId, List<KeyTheme> themes) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        if (themes.size() > MAX_KEY_THEMES) {
            throw InvalidInput.because("event.refused.too-many-themes", MAX_KEY_THEMES);
        }
        List<KeyTheme> clean = new ArrayList<>();
        for (KeyTheme theme : themes) {
            int n = clean.size() + 1;
            clean.add(new KeyTheme(NumberedField.required(theme.title(), "event.field.key-theme", n, 120),
                    NumberedField.optional(theme.description(), "event.field.key-theme-description", n, 1000)));
        }
        append(event, new SetupChange.KeyThemesChanged(clean), caller);
        return setup(eventId).keyThemes();
    }

    /** Replaces the working principles, in order. */
    public List<String> changeWorkingPrinciples(Caller caller, String eventId, List<String> principles) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        if (principles.size() > MAX_WORKING_PRINCIPLES) {
            throw InvalidInput.because("event.refused.too-many-principles", MAX_WORKING_PRINCIPLES);
        }
        List<String> clean = new ArrayList<>();
        for (String principle : principles) {
            clean.add(NumberedField.required(principle, "event.field.working-principle", clean.size() + 1, 300));
        }
        append(event, new SetupChange.WorkingPrinciplesChanged(clean), caller);
        return setup(eventId).workingPrinciples();
    }

    /** Replaces the agenda, in order. */
    public List<AgendaStage> changeAgenda(Caller caller, String eventId, List<AgendaStage> stages) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        if (stages.isEmpty()) {
            throw InvalidInput.because("event.refused.no-stage");
        }
        if (stages.size() > MAX_AGENDA_STAGES) {
            throw InvalidInput.because("event.refused.too-many-stages", MAX_AGENDA_STAGES);
        }
        List<AgendaStage> clean = new ArrayList<>();
        for (AgendaStage stage : stages) {
            int n = clean.size() + 1;
            String title = NumberedField.required(stage.title(), "event.field.stage-title", n, 120);
            if (stage.minutes() < 1 || stage.minutes() > MAX_STAGE_MINUTES) {
                throw InvalidInput.because("event.refused.stage-minutes", n, title, MAX_STAGE_MINUTES);
            }
            if (stage.kind() == null) {
                throw InvalidInput.because("event.refused.stage-kind", n, title);
            }
            clean.add(new AgendaStage(title, stage.minutes(), stage.kind()));
        }
        append(event, new SetupChange.AgendaChanged(clean), caller);
        return setup(eventId).agenda();
    }

    /**
     * Replaces the family's perspective: messages by relationship (never a name), or that the
     * family declined, with the reason (then any messages are dropped).
     */
    public FamilyPerspective changeFamilyPerspective(Caller caller, String eventId, FamilyPerspective perspective) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        SetupChange.FamilyPerspectiveChanged change;
        if (perspective.declined()) {
            change = new SetupChange.FamilyPerspectiveChanged(List.of(), true,
                    UserText.required(perspective.declinedReason(), "event.field.declined-reason", 1000));
        } else {
            if (perspective.messages().size() > MAX_FAMILY_MESSAGES) {
                throw InvalidInput.because("event.refused.too-many-messages", MAX_FAMILY_MESSAGES);
            }
            List<FamilyMessage> clean = new ArrayList<>();
            for (FamilyMessage message : perspective.messages()) {
                int n = clean.size() + 1;
                clean.add(new FamilyMessage(
                        NumberedField.required(message.relationship(), "event.field.message-by", n, 60),
                        NumberedField.required(message.message(), "event.field.message", n, 4000)));
            }
            change = new SetupChange.FamilyPerspectiveChanged(clean, false, null);
        }
        append(event, change, caller);
        return setup(eventId).familyPerspective();
    }

    /**
     * Uploads the genogram (PNG or JPEG, checked by its first bytes, at most
     * {@link Genogram#MAX_BYTES}), replacing any earlier one; it starts hidden from the projector.
     */
    public Genogram uploadGenogram(Caller caller, String eventId, @Nullable String fileName, byte[] image) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        String mediaType = Genogram.mediaTypeOf(image);
        String name = Objects.requireNonNullElse(UserText.optional(fileName, "event.field.file-name", 200),
                "genogram"); // not text: the file's name when none came
        append(event, new SetupChange.GenogramUploaded(name, mediaType, image), caller);
        return Objects.requireNonNull(setup(eventId).genogram());
    }

    public void removeGenogram(Caller caller, String eventId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        if (setup(eventId).genogram() != null) {
            append(event, new SetupChange.GenogramRemoved(), caller);
        }
    }

    /** The facilitator's choice whether the projector shows the genogram. */
    public void showGenogramOnProjector(Caller caller, String eventId, boolean show) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        Genogram genogram = setup(eventId).genogram();
        if (genogram == null) {
            throw InvalidInput.because("event.refused.no-genogram");
        }
        if (genogram.showOnProjector() != show) {
            append(event, new SetupChange.GenogramProjectionChanged(show), caller);
        }
    }

    // Templates

    /**
     * Saves the event's setup without case data (review type, day pattern, agenda, working
     * principles) as a template the calling facilitator owns.
     */
    public EventTemplate saveAsTemplate(Caller caller, String eventId, @Nullable String name) {
        events.runBy(caller, eventId, EventRight.PREPARE);
        Caller.Account owner = facilitator(caller);
        String cleanName = UserText.required(name, "event.field.template-name", 80);
        if (templates.ownedBy(owner.accountId()).size() >= MAX_TEMPLATES) {
            throw InvalidInput.because("event.refused.too-many-templates", MAX_TEMPLATES);
        }
        // The time saved is the log's; the template is read back from the read model below.
        EventTemplate template = setup(eventId).asTemplate(UUID.randomUUID().toString(), cleanName,
                owner.accountId(), Instant.EPOCH);
        changeLog.append(TemplateChange.LOG_ID, new TemplateChange.TemplateSaved(template.id(), owner.accountId(),
                cleanName, template.reviewType(), template.dayPattern(), template.agenda(),
                template.workingPrinciples()), caller.actorId());
        return templates.byId(template.id()).orElseThrow();
    }

    /** The calling facilitator's templates, by name. */
    public List<EventTemplate> templatesOf(Caller caller) {
        return templates.ownedBy(facilitator(caller).accountId());
    }

    public void deleteTemplate(Caller caller, String templateId) {
        EventTemplate template = ownTemplate(caller, templateId);
        changeLog.append(TemplateChange.LOG_ID, new TemplateChange.TemplateDeleted(template.id()), caller.actorId());
    }

    /**
     * Creates a learning event whose review type, days (the template's pattern from the form's
     * date), agenda and working principles come from one of the caller's templates.
     */
    public LearningEvent createFromTemplate(Caller caller, String templateId, NewLearningEvent form) {
        EventTemplate template = ownTemplate(caller, templateId);
        return events.create(caller, form, created -> List.of(
                new SetupChange.EventDetailsChanged(created.pseudonym(), template.reviewType(),
                        EventSetup.daysFrom(created.date(), template.dayPattern()), created.venue()),
                new SetupChange.WorkingPrinciplesChanged(template.workingPrinciples()),
                new SetupChange.AgendaChanged(template.agenda())));
    }

    private EventTemplate ownTemplate(Caller caller, String templateId) {
        Caller.Account owner = facilitator(caller);
        return templates.byId(templateId)
                .filter(t -> t.ownerAccountId().equals(owner.accountId()))
                .orElseThrow(() -> LearningEvents.notAllowed("event.refused.no-such-template"));
    }

    private static Caller.Account facilitator(Caller caller) {
        if (caller instanceof Caller.Account account && account.has(Role.FACILITATOR)) {
            return account;
        }
        throw LearningEvents.notAllowed("event.refused.templates-of-facilitators");
    }

    /** A date as a refusal's argument: {@code {0,date,d MMMM yyyy}} writes it in the person's language. */
    private static Date dateArgument(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** A person's name or role, cleaned; {@code field} names the field in a refusal. */
    private static @Nullable String optional(@Nullable String raw, Texts.Ref field, int maxLength) {
        String text = UserText.clean(raw);
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw InvalidInput.because("shared.text.too-long", field, length, maxLength);
        }
        return text.isEmpty() ? null : text;
    }

    private void append(LearningEvent event, SetupChange change, Caller caller) {
        changeLog.append(event.logId(), change, caller.actorId());
    }

    private EventSetup setup(String eventId) {
        return setups.of(eventId).orElseThrow(() -> LearningEvents.notAllowed("event.refused.no-such-event"));
    }
}
