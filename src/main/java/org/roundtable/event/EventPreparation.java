package org.roundtable.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.roundtable.shared.NotAllowed;
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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
            throw new NotAllowed("Only the event's facilitators and projector show the genogram.");
        }
        return Optional.ofNullable(setup(eventId).genogram()).filter(Genogram::showOnProjector);
    }

    // Changing

    /** Changes the case pseudonym, review type, days (each whole or half) and venue. */
    public EventDetails changeDetails(Caller caller, String eventId, @Nullable String pseudonym,
            @Nullable ReviewType reviewType, List<EventDay> days, @Nullable String venue) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        String cleanPseudonym = UserText.required(pseudonym, "The case pseudonym", 80);
        String cleanVenue = UserText.optional(venue, "The venue", 200);
        List<EventDay> cleanDays = days(days);
        append(event, new SetupChange.EventDetailsChanged(cleanPseudonym, reviewType, cleanDays, cleanVenue), caller);
        return setup(eventId).details();
    }

    private static List<EventDay> days(List<EventDay> days) {
        if (days.isEmpty()) {
            throw new InvalidInput("Please give at least one day for the learning event.");
        }
        if (days.size() > MAX_DAYS) {
            throw new InvalidInput("A learning event has at most " + MAX_DAYS + " days.");
        }
        Set<LocalDate> dates = new HashSet<>();
        for (EventDay day : days) {
            if (day == null || day.date() == null) {
                throw new InvalidInput("Please give a date for every day, or remove the day.");
            }
            String date = DAY.format(day.date());
            if (day.part() == null) {
                throw new InvalidInput("Please say whether " + date + " is a whole day, a morning or an afternoon.");
            }
            if (!dates.add(day.date())) {
                throw new InvalidInput(date + " is given twice; each day once, please.");
            }
        }
        return days.stream().sorted(Comparator.comparing(EventDay::date)).toList();
    }

    /** Changes who facilitates (one or two), the note-taker, and the invitation list. */
    public EventPeople changePeople(Caller caller, String eventId, List<PersonInRole> facilitators,
            @Nullable PersonInRole noteTaker, List<Invitee> invited) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        List<PersonInRole> cleanFacilitators = new ArrayList<>();
        for (PersonInRole facilitator : facilitators) {
            PersonInRole clean = person(facilitator, "facilitator " + (cleanFacilitators.size() + 1));
            if (clean != null) {
                cleanFacilitators.add(clean);
            }
        }
        if (cleanFacilitators.isEmpty()) {
            throw new InvalidInput("Please give the role of at least one facilitator, e.g. Independent reviewer.");
        }
        if (cleanFacilitators.size() > MAX_FACILITATORS) {
            throw new InvalidInput("A learning event has one or two facilitators.");
        }
        PersonInRole cleanNoteTaker = person(noteTaker, "the note-taker");
        if (invited.size() > MAX_INVITED) {
            throw new InvalidInput("The invitation list has room for " + MAX_INVITED + " people.");
        }
        List<Invitee> cleanInvited = new ArrayList<>();
        for (Invitee invitee : invited) {
            int n = cleanInvited.size() + 1;
            String role = UserText.required(invitee.role(), "The role of invited person " + n, 80);
            if (invitee.agencyCode() == null || event.agency(invitee.agencyCode()).isEmpty()) {
                throw new InvalidInput("Please choose the agency of invited person " + n + " (" + role + ").");
            }
            cleanInvited.add(new Invitee(role, invitee.agencyCode(),
                    UserText.optional(invitee.name(), "The name of invited person " + n, 80)));
        }
        append(event, new SetupChange.EventPeopleChanged(cleanFacilitators, cleanNoteTaker, cleanInvited), caller);
        return setup(eventId).people();
    }

    /** A person with a role; nothing typed at all means no one. */
    private static @Nullable PersonInRole person(@Nullable PersonInRole typed, String who) {
        if (typed == null) {
            return null;
        }
        String name = UserText.optional(typed.name(), "The name of " + who, 80);
        String role = UserText.optional(typed.role(), "The role of " + who, 80);
        if (role == null && name == null) {
            return null;
        }
        if (role == null) {
            throw new InvalidInput("Please give the role of " + who + ".");
        }
        return new PersonInRole(role, name);
    }

    /**
     * Saves a new revision of the terms of reference (Markdown). Earlier revisions stay, with who
     * saved them and when; saving the same text again adds nothing.
     */
    public TermsVersion reviseTermsOfReference(Caller caller, String eventId, @Nullable String markdown) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        String text = UserText.required(markdown, "The terms of reference", MAX_TERMS_LENGTH);
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
            throw new InvalidInput("A learning event has at most " + MAX_KEY_THEMES + " key themes.");
        }
        List<KeyTheme> clean = new ArrayList<>();
        for (KeyTheme theme : themes) {
            int n = clean.size() + 1;
            clean.add(new KeyTheme(UserText.required(theme.title(), "Key theme " + n, 120),
                    UserText.optional(theme.description(), "The description of key theme " + n, 1000)));
        }
        append(event, new SetupChange.KeyThemesChanged(clean), caller);
        return setup(eventId).keyThemes();
    }

    /** Replaces the working principles, in order. */
    public List<String> changeWorkingPrinciples(Caller caller, String eventId, List<String> principles) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        if (principles.size() > MAX_WORKING_PRINCIPLES) {
            throw new InvalidInput("A learning event has at most " + MAX_WORKING_PRINCIPLES + " working principles.");
        }
        List<String> clean = new ArrayList<>();
        for (String principle : principles) {
            clean.add(UserText.required(principle, "Working principle " + (clean.size() + 1), 300));
        }
        append(event, new SetupChange.WorkingPrinciplesChanged(clean), caller);
        return setup(eventId).workingPrinciples();
    }

    /** Replaces the agenda, in order. */
    public List<AgendaStage> changeAgenda(Caller caller, String eventId, List<AgendaStage> stages) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        if (stages.isEmpty()) {
            throw new InvalidInput("The agenda needs at least one stage.");
        }
        if (stages.size() > MAX_AGENDA_STAGES) {
            throw new InvalidInput("An agenda has at most " + MAX_AGENDA_STAGES + " stages.");
        }
        List<AgendaStage> clean = new ArrayList<>();
        for (AgendaStage stage : stages) {
            int n = clean.size() + 1;
            String title = UserText.required(stage.title(), "The title of agenda stage " + n, 120);
            if (stage.minutes() < 1 || stage.minutes() > MAX_STAGE_MINUTES) {
                throw new InvalidInput("Agenda stage " + n + " (" + title + ") should last between 1 and "
                        + MAX_STAGE_MINUTES + " minutes.");
            }
            if (stage.kind() == null) {
                throw new InvalidInput("Please choose what kind of stage agenda stage " + n + " (" + title + ") is.");
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
                    UserText.required(perspective.declinedReason(), "The reason the family declined", 1000));
        } else {
            if (perspective.messages().size() > MAX_FAMILY_MESSAGES) {
                throw new InvalidInput("The family perspective has room for " + MAX_FAMILY_MESSAGES + " messages.");
            }
            List<FamilyMessage> clean = new ArrayList<>();
            for (FamilyMessage message : perspective.messages()) {
                int n = clean.size() + 1;
                clean.add(new FamilyMessage(
                        UserText.required(message.relationship(), "Who gave message " + n, 60),
                        UserText.required(message.message(), "Message " + n, 4000)));
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
        String name = Objects.requireNonNullElse(UserText.optional(fileName, "The file name", 200), "genogram");
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
            throw new InvalidInput("There is no genogram yet; upload one first.");
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
        String cleanName = UserText.required(name, "The template's name", 80);
        if (templates.ownedBy(owner.accountId()).size() >= MAX_TEMPLATES) {
            throw new InvalidInput("You have " + MAX_TEMPLATES + " templates already; please delete one first.");
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
                .orElseThrow(() -> new NotAllowed("There is no such template of yours."));
    }

    private static Caller.Account facilitator(Caller caller) {
        if (caller instanceof Caller.Account account && account.has(Role.FACILITATOR)) {
            return account;
        }
        throw new NotAllowed("Only facilitators have templates.");
    }

    private void append(LearningEvent event, SetupChange change, Caller caller) {
        changeLog.append(event.logId(), change, caller.actorId());
    }

    private EventSetup setup(String eventId) {
        return setups.of(eventId).orElseThrow(() -> new NotAllowed("There is no such learning event."));
    }
}
