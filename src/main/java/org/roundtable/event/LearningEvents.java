package org.roundtable.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.Accounts;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.access.Role;
import org.roundtable.live.ChangeLog;
import org.roundtable.live.Purge;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.shared.UserText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The learning events feature: create, list, join, close, and the rules of who may read or run
 * an event, which the other features ask before they act.
 */
@Service
public class LearningEvents {

    public static final int MAX_AGENCIES = 20;
    /** What a participant is told when they send something while the facilitator has paused the room. */
    public static final String PAUSED_KEY = "event.refused.paused";
    /** What a participant the facilitator removed from the room is told, wherever they look. */
    public static final String REMOVED_KEY = "event.refused.removed";
    /** What anyone still looking at a purged event is told. */
    public static final String PURGED_KEY = "event.refused.purged";

    /** {@link #PAUSED_KEY}'s text in English, the message of the refusal. */
    public static final String PAUSED = Texts.get(Texts.ENGLISH, PAUSED_KEY);
    /** {@link #REMOVED_KEY}'s text in English, the message of the refusal (screens compare it). */
    public static final String REMOVED = Texts.get(Texts.ENGLISH, REMOVED_KEY);
    /** {@link #PURGED_KEY}'s text in English, the message of the refusal. */
    public static final String PURGED = Texts.get(Texts.ENGLISH, PURGED_KEY);

    private final ChangeLog changeLog;
    private final EventDirectory directory;
    private final JoinAttempts joinAttempts;
    private final RoomStateStore room;
    private final Accounts accounts;
    private final CoFacilitators coFacilitators;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    LearningEvents(ChangeLog changeLog, EventDirectory directory, RoomStateStore room, Accounts accounts,
            CoFacilitators coFacilitators, AuditTrail audit,
            @Value("${roundtable.join.joins-per-code-per-minute:" + JoinAttempts.DEFAULT_JOINS_PER_CODE_PER_MINUTE
                    + "}") int joinsPerCodePerMinute,
            @Value("${roundtable.join.wrong-codes-per-minute:" + JoinAttempts.DEFAULT_WRONG_CODES_PER_MINUTE
                    + "}") int wrongCodesPerMinute) {
        this(changeLog, directory, room, accounts, coFacilitators, audit,
                new JoinAttempts(Clock.systemUTC(), joinsPerCodePerMinute, wrongCodesPerMinute));
    }

    LearningEvents(ChangeLog changeLog, EventDirectory directory, RoomStateStore room, Accounts accounts,
            CoFacilitators coFacilitators, AuditTrail audit, JoinAttempts joinAttempts) {
        this.changeLog = changeLog;
        this.directory = directory;
        this.room = room;
        this.accounts = accounts;
        this.coFacilitators = coFacilitators;
        this.audit = audit;
        this.joinAttempts = joinAttempts;
    }

    /**
     * A facilitator creates a learning event, which they then own. It starts with the default
     * working principles and agenda ({@link SetupDefaults}), recorded with it.
     */
    public LearningEvent create(Caller caller, NewLearningEvent form) {
        Caller.Account facilitator = facilitator(caller);
        return create(caller, form, facilitator.accountId(), false, LearningEvents::defaultSetup);
    }

    /**
     * Creates an event whose preparation starts with {@code setup} (from a template) instead of
     * the defaults; the event and its setup are appended as one step.
     */
    LearningEvent create(Caller caller, NewLearningEvent form,
            Function<EventChange.EventCreated, List<SetupChange>> setup) {
        Caller.Account facilitator = facilitator(caller);
        return create(caller, form, facilitator.accountId(), false, setup);
    }

    /** The application creates the fictional demo event, which every facilitator may open. */
    public LearningEvent createDemo(NewLearningEvent form) {
        return create(Caller.SYSTEM, form, null, true, LearningEvents::defaultSetup);
    }

    private static List<SetupChange> defaultSetup(EventChange.EventCreated created) {
        return List.of(new SetupChange.WorkingPrinciplesChanged(SetupDefaults.WORKING_PRINCIPLES),
                new SetupChange.AgendaChanged(SetupDefaults.AGENDA));
    }

    private LearningEvent create(Caller caller, NewLearningEvent form, @Nullable String owner, boolean demo,
            Function<EventChange.EventCreated, List<SetupChange>> setup) {
        String pseudonym = UserText.required(form.pseudonym(), "event.field.pseudonym", 80);
        if (form.date() == null) {
            throw InvalidInput.because("event.refused.no-date");
        }
        String venue = UserText.optional(form.venue(), "event.field.venue", 200);
        List<Agency> agencies = agencies(form.agencies());
        String eventId = UUID.randomUUID().toString();
        var created = new EventChange.EventCreated(eventId, pseudonym, form.date(), venue, agencies, owner, demo,
                uniqueJoinCode(), token());
        List<EventChange> changes = new ArrayList<>();
        changes.add(created);
        changes.addAll(setup.apply(created));
        changeLog.appendAll(LearningEvent.logIdOf(eventId), changes, caller.actorId());
        return directory.byId(eventId).orElseThrow().event();
    }

    private List<Agency> agencies(List<NewLearningEvent.AgencyName> typed) {
        List<Agency> agencies = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (NewLearningEvent.AgencyName agency : typed) {
            String name = UserText.optional(agency.name(), "event.field.agency-name", 80);
            if (name == null) {
                continue;
            }
            String code = UserText.optional(agency.code(), "event.field.agency-code", 8);
            code = (code == null ? shortLabel(name) : code).toUpperCase(Locale.ROOT);
            if (!codes.add(code)) {
                throw InvalidInput.because("event.refused.same-short-label", code);
            }
            agencies.add(new Agency(code, name, AgencyPalette.colourFor(agencies.size())));
        }
        if (agencies.isEmpty()) {
            throw InvalidInput.because("event.refused.no-agency");
        }
        if (agencies.size() > MAX_AGENCIES) {
            throw InvalidInput.because("event.refused.too-many-agencies", MAX_AGENCIES);
        }
        return agencies;
    }

    /** "Children's Social Care" becomes CSC; a one-word name gives its first three letters. */
    static String shortLabel(String name) {
        String[] words = name.replaceAll("['’]", "").replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
        if (words.length == 1) {
            return words[0].substring(0, Math.min(3, words[0].length()));
        }
        StringBuilder label = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && label.length() < 6) {
                label.appendCodePoint(word.codePointAt(0));
            }
        }
        return label.toString();
    }

    /** The events a facilitator owns or co-facilitates, the most recent first. */
    public List<LearningEvent> listFor(Caller caller) {
        Caller.Account facilitator = facilitator(caller);
        return directory.all().stream()
                .filter(entry -> facilitates(facilitator, entry))
                .map(EventDirectory.Entry::event)
                .sorted(Comparator.comparing(LearningEvent::date).reversed().thenComparing(LearningEvent::pseudonym))
                .toList();
    }

    /** The events a note-taker is assigned to, the most recent first. */
    public List<LearningEvent> listForNoteTaker(Caller caller) {
        if (!(caller instanceof Caller.Account account) || !account.has(Role.NOTE_TAKER)) {
            throw notAllowed("event.refused.not-a-note-taker");
        }
        return directory.all().stream()
                .filter(entry -> takesNotes(account, entry))
                .map(EventDirectory.Entry::event)
                .sorted(Comparator.comparing(LearningEvent::date).reversed().thenComparing(LearningEvent::pseudonym))
                .toList();
    }

    /**
     * The language the event's screens speak to anyone who has not chosen one on their device:
     * the default its facilitator set ({@link EventPreparation#changeLanguage}), English until then.
     */
    public Locale language(Caller caller, String eventId) {
        readableBy(caller, eventId);
        return directory.languageOf(eventId);
    }

    /**
     * The default language of an event the caller already found, as the join form has after a
     * right code and before anyone has joined: the language is no secret of the event.
     */
    public Locale language(LearningEvent event) {
        return directory.languageOf(event.id());
    }

    /**
     * The event, if the caller may look at it (its owner and co-facilitators, its note-taker by
     * account or link, its participants, its projector).
     */
    public LearningEvent readableBy(Caller caller, String eventId) {
        EventDirectory.Entry entry = entry(eventId);
        boolean allowed = switch (caller) {
            case Caller.Account account -> facilitates(account, entry) || takesNotes(account, entry);
            case Caller.NoteTakerLink link -> linkValid(link, eventId);
            case Caller.Participant participant -> participant.eventId().equals(eventId)
                    && currentParticipant(participant, eventId);
            case Caller.Projector projector -> projector.eventId().equals(eventId);
            case Caller.Application application -> true;
        };
        if (!allowed) {
            throw notAllowed("event.refused.not-part");
        }
        return entry.event();
    }

    /**
     * The event, if the caller may contribute to it now: readable, not closed, and for a
     * participant not paused by the facilitator ({@link RoomStages#pauseInput}). Of the accounts,
     * only those who may run the room add to it; the note-taker and panel members read.
     */
    public LearningEvent openTo(Caller caller, String eventId) {
        if (caller instanceof Caller.Projector) {
            throw notAllowed("event.refused.projector-read-only");
        }
        LearningEvent event = readableBy(caller, eventId);
        if (caller instanceof Caller.Account account && !mayDo(account, eventId, EventRight.RUN_ROOM)) {
            throw notAllowed(isFacilitatorOf(account, eventId) ? "event.refused.panel-member-reads"
                    : "event.refused.note-taker-reads");
        }
        if (caller instanceof Caller.NoteTakerLink) {
            throw notAllowed("event.refused.note-taker-reads");
        }
        if (!event.isOpen()) {
            throw notAllowed("event.refused.closed");
        }
        if (caller instanceof Caller.Participant && room.paused(event.logId())) {
            throw new NotAllowed(PAUSED);
        }
        return event;
    }

    /**
     * The event, if the caller owns it (any facilitator for the demo event): for what only the
     * owner may do, such as purging, granting co-facilitators and assigning the note-taker.
     */
    public LearningEvent runBy(Caller caller, String eventId) {
        EventDirectory.Entry entry = entry(eventId);
        if (caller instanceof Caller.Application) {
            return entry.event();
        }
        if (!(caller instanceof Caller.Account account) || !owns(account, entry)) {
            throw notAllowed(caller instanceof Caller.Account account && facilitates(account, entry)
                    ? "event.refused.owner-only" : "event.refused.facilitators-only");
        }
        return entry.event();
    }

    /**
     * The event, if the caller may do what {@code right} covers there: its owner always, a
     * co-facilitator the owner granted that right.
     */
    public LearningEvent runBy(Caller caller, String eventId, EventRight right) {
        EventDirectory.Entry entry = entry(eventId);
        if (caller instanceof Caller.Application) {
            return entry.event();
        }
        if (!(caller instanceof Caller.Account account) || !facilitates(account, entry)) {
            throw notAllowed("event.refused.facilitators-only");
        }
        if (!owns(account, entry) && !coRights(account, entry).contains(right)) {
            throw notAllowed("event.refused.no-right", new Texts.Ref(Texts.labelKey(right) + ".action"));
        }
        return entry.event();
    }

    /**
     * The event, if the caller is one of its facilitators: its owner or a co-facilitator, a
     * panel member included. For what facilitators read and no one else does.
     */
    public LearningEvent facilitatedBy(Caller caller, String eventId) {
        EventDirectory.Entry entry = entry(eventId);
        if (caller instanceof Caller.Application
                || caller instanceof Caller.Account account && facilitates(account, entry)) {
            return entry.event();
        }
        throw notAllowed("event.refused.facilitators-only");
    }

    /**
     * Whether {@code caller} is one of the event's facilitators (its owner or a co-facilitator,
     * panel members included): they read the event as a facilitator does.
     */
    public boolean isFacilitatorOf(Caller caller, String eventId) {
        return caller instanceof Caller.Account account
                && directory.byId(eventId).map(entry -> facilitates(account, entry)).orElse(false);
    }

    /** Whether {@code caller} may do what {@code right} covers at the event (see {@link #runBy(Caller, String, EventRight)}). */
    public boolean mayDo(Caller caller, String eventId, EventRight right) {
        return caller instanceof Caller.Account account && directory.byId(eventId)
                .map(entry -> owns(account, entry) || coRights(account, entry).contains(right)).orElse(false);
    }

    /**
     * Whether {@code caller} is the event's note-taker: the account a facilitator assigned, or
     * whoever holds the event's current note-taker link.
     */
    public boolean isNoteTakerOf(Caller caller, String eventId) {
        return switch (caller) {
            case Caller.Account account -> directory.byId(eventId).map(entry -> takesNotes(account, entry)).orElse(false);
            case Caller.NoteTakerLink link -> linkValid(link, eventId);
            default -> false;
        };
    }

    /**
     * Whether {@code caller} sees every contribution of the event, private, hidden and merged
     * ones included (marked): its facilitators, co-facilitators and panel members, and its
     * note-taker. Acting on them needs a right ({@link #runBy(Caller, String, EventRight)}).
     */
    public boolean seesAllContributions(Caller caller, String eventId) {
        return isFacilitatorOf(caller, eventId) || isNoteTakerOf(caller, eventId);
    }

    /**
     * A facilitator assigns a note-taker's account, by its user name, to their event; it
     * replaces any earlier note-taker. An unknown user name, or an account that is not a
     * note-taker's, is refused with a message.
     */
    public void assignNoteTaker(Caller caller, String eventId, @Nullable String username) {
        LearningEvent event = runBy(caller, eventId);
        String typed = UserText.required(username, "event.field.note-taker-username", 100);
        Caller.Account noteTaker = accounts.byUsername(typed)
                .filter(account -> account.has(Role.NOTE_TAKER))
                .orElseThrow(() -> InvalidInput.because("event.refused.no-such-note-taker", typed));
        if (!noteTaker.accountId().equals(directory.noteTakerOf(eventId).orElse(null))) {
            changeLog.append(event.logId(), new EventChange.NoteTakerAssigned(noteTaker.accountId()), caller.actorId());
            audit.record(caller, AuditAction.RIGHTS_CHANGED, eventId, "Note-taker assigned: " + noteTaker.username());
        }
    }

    /** A facilitator removes their event's note-taker, who can no longer open the event. */
    public void removeNoteTaker(Caller caller, String eventId) {
        LearningEvent event = runBy(caller, eventId);
        if (directory.noteTakerOf(eventId).isPresent()) {
            changeLog.append(event.logId(), new EventChange.NoteTakerRemoved(), caller.actorId());
            audit.record(caller, AuditAction.RIGHTS_CHANGED, eventId, "Note-taker removed");
        }
    }

    /**
     * The owner makes another facilitator's account, by its user name, a co-facilitator of the
     * event with {@code rights} (none makes them a panel member), or changes the rights of one
     * already granted. A user name that is not a facilitator's account, or the owner's own, is
     * refused with a message.
     */
    public void grantCoFacilitator(Caller caller, String eventId, @Nullable String username,
            @Nullable Set<EventRight> rights) {
        LearningEvent event = runBy(caller, eventId);
        String typed = UserText.required(username, "event.field.co-facilitator-username", 100);
        Caller.Account colleague = accounts.byUsername(typed)
                .filter(account -> account.has(Role.FACILITATOR))
                .orElseThrow(() -> InvalidInput.because("event.refused.no-such-facilitator", typed));
        if (colleague.actorId().equals(caller.actorId()) || colleague.accountId().equals(entry(eventId).ownerAccountId())) {
            throw InvalidInput.because("event.refused.owner-has-every-right");
        }
        Set<EventRight> granted = rights == null || rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
        if (granted.equals(coFacilitators.rightsOf(eventId, colleague.accountId()).orElse(null))) {
            return;
        }
        changeLog.append(event.logId(), new CoFacilitationChange.CoFacilitatorGranted(colleague.accountId(), granted),
                caller.actorId());
        audit.record(caller, AuditAction.RIGHTS_CHANGED, eventId, "Co-facilitator " + colleague.username() + ": "
                + (granted.isEmpty() ? "panel member (no rights)" : rightNames(granted)));
    }

    /** The owner takes a co-facilitator off the event; they can no longer open it. */
    public void revokeCoFacilitator(Caller caller, String eventId, @Nullable String username) {
        LearningEvent event = runBy(caller, eventId);
        String typed = UserText.required(username, "event.field.co-facilitator-username", 100);
        Caller.Account colleague = accounts.byUsername(typed)
                .filter(account -> coFacilitators.rightsOf(eventId, account.accountId()).isPresent())
                .orElseThrow(() -> InvalidInput.because("event.refused.not-a-co-facilitator", typed));
        changeLog.append(event.logId(), new CoFacilitationChange.CoFacilitatorRevoked(colleague.accountId()),
                caller.actorId());
        audit.record(caller, AuditAction.RIGHTS_CHANGED, eventId, "Co-facilitator removed: " + colleague.username());
    }

    /** The event's co-facilitators with their rights, by user name, for its facilitators. */
    public List<CoFacilitator> coFacilitatorsOf(Caller caller, String eventId) {
        if (!isFacilitatorOf(caller, eventId) && !(caller instanceof Caller.Application)) {
            throw notAllowed("event.refused.who-runs-it");
        }
        return coFacilitators.of(eventId).entrySet().stream()
                .map(granted -> new CoFacilitator(accounts.usernameOf(granted.getKey()).orElse("an account"),
                        granted.getValue()))
                .sorted(Comparator.comparing(CoFacilitator::username))
                .toList();
    }

    /**
     * What the caller may do at the event, so screens can leave out controls: every right for
     * its owner, the granted ones for a co-facilitator (none for a panel member).
     */
    public Set<EventRight> rightsOf(Caller caller, String eventId) {
        EventDirectory.Entry entry = entry(eventId);
        if (caller instanceof Caller.Application
                || caller instanceof Caller.Account account && owns(account, entry)) {
            return EnumSet.allOf(EventRight.class);
        }
        if (!(caller instanceof Caller.Account account) || !facilitates(account, entry)) {
            throw notAllowed("event.refused.facilitators-only");
        }
        return coRights(account, entry);
    }

    /** Whether {@code caller} owns the event (any facilitator for the demo event). */
    public boolean isOwnerOf(Caller caller, String eventId) {
        return caller instanceof Caller.Account account
                && directory.byId(eventId).map(entry -> owns(account, entry)).orElse(false);
    }

    /**
     * The owner creates the event's note-taker link, replacing (and so revoking) any earlier
     * one, and gets its secret once: only its hash is kept, so it cannot be shown again. Whoever
     * opens {@code notes/<secret>} keeps the record as the note-taker until the link is revoked
     * or replaced, or the event is purged; closing the event does not end it, because the
     * record is often finished afterwards.
     */
    public String createNoteTakerLink(Caller caller, String eventId) {
        LearningEvent event = runBy(caller, eventId);
        String secret = token();
        changeLog.append(event.logId(), new CoFacilitationChange.NoteTakerLinkCreated(hashOf(secret)),
                caller.actorId());
        audit.record(caller, AuditAction.RIGHTS_CHANGED, eventId, "Note-taker link created");
        return secret;
    }

    /** The owner revokes the event's note-taker link; whoever holds it can no longer open the event. */
    public void revokeNoteTakerLink(Caller caller, String eventId) {
        LearningEvent event = runBy(caller, eventId);
        if (coFacilitators.linkHashOf(eventId).isPresent()) {
            changeLog.append(event.logId(), new CoFacilitationChange.NoteTakerLinkRevoked(), caller.actorId());
            audit.record(caller, AuditAction.RIGHTS_CHANGED, eventId, "Note-taker link revoked");
        }
    }

    /** Whether the event has a note-taker link in force, for its owner. */
    public boolean hasNoteTakerLink(Caller caller, String eventId) {
        runBy(caller, eventId);
        return coFacilitators.linkHashOf(eventId).isPresent();
    }

    /** The note-taker caller for a note-taker link's secret, if it is an event's current one. */
    public Optional<Caller.NoteTakerLink> noteTakerForLink(@Nullable String secret) {
        if (secret == null || !secret.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        String hash = hashOf(secret);
        return coFacilitators.eventOfLink(hash)
                .filter(eventId -> directory.byId(eventId).isPresent())
                .map(eventId -> new Caller.NoteTakerLink(eventId, hash));
    }

    private static String hashOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String rightNames(Set<EventRight> rights) {
        return String.join(", ", EnumSet.copyOf(rights).stream().map(EventRight::label).toList());
    }

    /** The user name of the event's note-taker, for its facilitators. */
    public Optional<String> noteTakerOf(Caller caller, String eventId) {
        if (!isFacilitatorOf(caller, eventId)) {
            runBy(caller, eventId);
        }
        return directory.noteTakerOf(eventId).flatMap(accounts::usernameOf);
    }

    /** The join code and projector token, for the event's facilitators only. */
    public EventSecrets secretsFor(Caller caller, String eventId) {
        runBy(caller, eventId, EventRight.RUN_ROOM);
        return entry(eventId).secrets();
    }

    /**
     * The join code as the room sees it, for the event's facilitators who may run the room and its
     * projector (which shows it to latecomers); empty once the event is closed. Panel members get
     * no join code.
     */
    public Optional<String> joinCodeShownTo(Caller caller, String eventId) {
        LearningEvent event = readableBy(caller, eventId);
        if (!(caller instanceof Caller.Projector) && !mayDo(caller, eventId, EventRight.RUN_ROOM)) {
            throw notAllowed("event.refused.join-code-shown-by");
        }
        return event.isOpen() ? Optional.of(entry(eventId).secrets().displayJoinCode()) : Optional.empty();
    }

    /** A facilitator with the right to run the room closes the event: joining and contributing stop. */
    public void close(Caller caller, String eventId) {
        LearningEvent event = runBy(caller, eventId, EventRight.RUN_ROOM);
        if (event.isOpen()) {
            changeLog.append(event.logId(), new EventChange.EventClosed(), caller.actorId());
            audit.record(caller, AuditAction.SETTING_CHANGED, eventId, "Event closed");
        }
    }

    /**
     * A facilitator purges a closed event of theirs for good, after downloading its export: its
     * log leaves every node's store and read models, its join code and projector link stop
     * working, and the purge record keeps only who did it and when (DD005). The facilitator
     * types the event's pseudonym to confirm.
     */
    public Purge purge(Caller caller, String eventId, @Nullable String typedConfirmation) {
        Caller.Account facilitator = facilitator(caller);
        LearningEvent event = runBy(facilitator, eventId);
        if (event.demo()) {
            throw notAllowed("event.refused.demo-not-purged");
        }
        if (event.isOpen()) {
            throw InvalidInput.because("event.refused.close-before-purge");
        }
        String typed = Objects.requireNonNullElse(typedConfirmation, "").strip().replaceAll("\\s+", " ");
        if (!typed.equalsIgnoreCase(event.pseudonym().strip().replaceAll("\\s+", " "))) {
            throw InvalidInput.because("event.refused.wrong-pseudonym");
        }
        Purge purge = changeLog.purge(event.logId(), facilitator.actorId());
        audit.record(caller, AuditAction.PURGED, eventId, "Event purged");
        return purge;
    }

    /**
     * The purges the caller may see: every purge for an administrator, a facilitator's own
     * purges for a facilitator. A purge names the event only by its id.
     */
    public List<Purge> purgesFor(Caller caller) {
        if (!(caller instanceof Caller.Account account)) {
            throw notAllowed("event.refused.purges-seen-by");
        }
        if (account.has(Role.ADMINISTRATOR)) {
            return changeLog.purges();
        }
        facilitator(caller);
        return changeLog.purges().stream().filter(purge -> purge.actor().equals(account.actorId())).toList();
    }

    /** The projector caller for a read-only projector link, if the token is one. */
    public Optional<Caller.Projector> projectorFor(String token) {
        return directory.byProjectorToken(token).map(entry -> new Caller.Projector(entry.event().id()));
    }

    /**
     * The open event a join code belongs to, without joining (for the join form's next step).
     * Wrong codes are slowed down per address and, across every address, by a budget a minute;
     * a code many people are joining with asks the latecomers to wait a little.
     */
    public LearningEvent eventForCode(String typedCode, String client) {
        String code = JoinCode.normalise(Objects.requireNonNullElse(typedCode, ""));
        LearningEvent event = openEventFor(code, client);
        Duration crowded = joinAttempts.waitForCode(code);
        if (!crowded.isZero()) {
            refuse(client, event.id(), "many joins with one code", tooManyJoining(crowded));
        }
        return event;
    }

    /**
     * Joins the room of the event the code belongs to, with a role and an agency (a name only if
     * the person wants to give one). Wrong codes are slowed down as for {@link #eventForCode};
     * at most so many people join with one code a minute.
     */
    public Caller.Participant join(String typedCode, @Nullable String role, @Nullable String agencyCode,
            @Nullable String name, String client) {
        String code = JoinCode.normalise(Objects.requireNonNullElse(typedCode, ""));
        LearningEvent event = openEventFor(code, client);
        String cleanRole = UserText.required(role, "event.field.your-role", 80);
        String cleanName = UserText.optional(name, "event.field.your-name", 80);
        if (agencyCode == null || event.agency(agencyCode).isEmpty()) {
            throw InvalidInput.because("event.refused.choose-agency");
        }
        if (!joinAttempts.tryJoin(code)) {
            refuse(client, event.id(), "many joins with one code", tooManyJoining(joinAttempts.waitForCode(code)));
        }
        String participantId = UUID.randomUUID().toString();
        changeLog.append(event.logId(), new EventChange.ParticipantJoined(participantId, cleanRole, agencyCode, cleanName),
                "participant:" + participantId);
        Caller.Participant participant = new Caller.Participant(participantId, event.id(), agencyCode, cleanRole);
        audit.record(participant, AuditAction.JOINED, event.id(), "joined with the code");
        return participant;
    }

    /**
     * A facilitator removes someone from the room: from now on every service refuses that
     * participant, on every node, and their screens say so at once. What they wrote stays.
     */
    public void removeParticipant(Caller caller, String eventId, String participantId) {
        LearningEvent event = runBy(caller, eventId, EventRight.RUN_ROOM);
        switch (directory.standing(eventId, Objects.requireNonNullElse(participantId, ""))) {
            case UNKNOWN -> throw InvalidInput.because("event.refused.not-in-room");
            case REMOVED -> {
                return;
            }
            case CURRENT -> {
                changeLog.append(event.logId(), new EventChange.ParticipantRemoved(participantId), caller.actorId());
                audit.record(caller, AuditAction.PARTICIPANT_REMOVED, eventId,
                        "participant " + participantId.substring(0, Math.min(8, participantId.length())));
            }
        }
    }

    /** Whether the participant joined the event and was not removed since. */
    boolean isCurrentParticipant(String eventId, String participantId) {
        return directory.standing(eventId, participantId) == EventDirectory.Standing.CURRENT;
    }

    private boolean currentParticipant(Caller.Participant participant, String eventId) {
        return switch (directory.standing(eventId, participant.participantId())) {
            case CURRENT -> true;
            case REMOVED -> throw new NotAllowed(REMOVED);
            case UNKNOWN -> false;
        };
    }

    /** The open event of a canonical code, through the per-address and every-address limits on wrong codes. */
    private LearningEvent openEventFor(String code, String client) {
        Duration wait = joinAttempts.waitFor(client);
        if (!wait.isZero()) {
            refuse(client, null, "too many wrong codes from this address",
                    InvalidInput.because("event.refused.too-many-wrong-codes", seconds(wait)));
        }
        Duration everyone = joinAttempts.waitForEveryone();
        if (!everyone.isZero()) {
            refuse(client, null, "the minute's budget of wrong codes is spent",
                    InvalidInput.because("event.refused.joining-paused", seconds(everyone)));
        }
        Optional<EventDirectory.Entry> entry = JoinCode.wellFormed(code) ? directory.byJoinCode(code) : Optional.empty();
        if (entry.isEmpty() || !entry.get().event().isOpen()) {
            joinAttempts.failed(client);
            refuse(client, null, "wrong code", InvalidInput.because("event.refused.wrong-code"));
        }
        joinAttempts.succeeded(client);
        return entry.get().event();
    }

    /** Refuses a join; the first refusal from an address in a quarter of an hour goes to the audit trail. */
    private void refuse(String client, @Nullable String eventId, String reason, InvalidInput refusal) {
        if (joinAttempts.firstRefusalInAWhile(client)) {
            audit.recordUnknown(client, AuditAction.JOIN_REFUSED, eventId,
                    reason + " (more refusals from this address in the next 15 minutes are not recorded)");
        }
        throw refusal;
    }

    private static InvalidInput tooManyJoining(Duration wait) {
        return InvalidInput.because("event.refused.too-many-joining", seconds(wait));
    }

    /** A refusal of what the caller may not do, read in the person's language. */
    static NotAllowed notAllowed(String key, Object... args) {
        return NotAllowed.because(key, args);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private EventDirectory.Entry entry(String eventId) {
        return directory.byId(eventId).orElseThrow(() -> notAllowed(changeLog.isPurged(LearningEvent.logIdOf(eventId))
                ? PURGED_KEY : "event.refused.no-such-event"));
    }

    private static Caller.Account facilitator(Caller caller) {
        if (caller instanceof Caller.Account account && account.has(Role.FACILITATOR)) {
            return account;
        }
        throw notAllowed("event.refused.facilitators-can");
    }

    private static boolean owns(Caller.Account account, EventDirectory.Entry entry) {
        return account.has(Role.FACILITATOR)
                && (entry.event().demo() || account.accountId().equals(entry.ownerAccountId()));
    }

    private boolean facilitates(Caller.Account account, EventDirectory.Entry entry) {
        return owns(account, entry) || account.has(Role.FACILITATOR)
                && coFacilitators.rightsOf(entry.event().id(), account.accountId()).isPresent();
    }

    private Set<EventRight> coRights(Caller.Account account, EventDirectory.Entry entry) {
        return account.has(Role.FACILITATOR)
                ? coFacilitators.rightsOf(entry.event().id(), account.accountId()).orElse(Set.of())
                : Set.of();
    }

    private boolean linkValid(Caller.NoteTakerLink link, String eventId) {
        return link.eventId().equals(eventId) && directory.byId(eventId).isPresent()
                && link.tokenHash().equals(coFacilitators.linkHashOf(eventId).orElse(null));
    }

    private boolean takesNotes(Caller.Account account, EventDirectory.Entry entry) {
        return account.has(Role.NOTE_TAKER)
                && account.accountId().equals(directory.noteTakerOf(entry.event().id()).orElse(null));
    }

    private String uniqueJoinCode() {
        String code;
        do {
            code = JoinCode.generate();
        } while (directory.byJoinCode(code).isPresent());
        return code;
    }

    private String token() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
