package org.roundtable.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.event.Contributors;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.shared.UserText;
import org.roundtable.timeline.MergedTimeline;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.stereotype.Service;

/**
 * The child's lived experience: a lane beside the timeline, period by period or by the child's
 * age, where the room writes what daily life was like for the child then.
 * <p>
 * Facilitators define the periods, or generate them from the timeline's span or from the child's
 * date of birth. The date of birth is for facilitators only: participants and the projector get
 * the band labels, never the band's days ({@link LivedPeriod#withoutDates()}). Anyone in the room
 * of an open event writes entries, shown with a {@link org.roundtable.event.Byline}; authors edit
 * or withdraw their own, facilitators hide any (recoverable).
 */
@Service
public class LivedExperience {

    public static final int MAX_PERIODS = 30;
    public static final int MAX_ENTRIES = 5_000;
    /** The oldest date of birth accepted, in years before the event: reviews are about children. */
    static final int MAX_AGE_YEARS = 25;

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final Timelines timelines;
    private final Contributors contributors;
    private final LivedExperienceStore store;
    private final AuditTrail audit;

    LivedExperience(ChangeLog changeLog, LearningEvents events, Timelines timelines, Contributors contributors,
            LivedExperienceStore store, AuditTrail audit) {
        this.audit = audit;
        this.changeLog = changeLog;
        this.events = events;
        this.timelines = timelines;
        this.contributors = contributors;
        this.store = store;
    }

    // Periods

    /** The lane's periods in order; age bands come without their days except to facilitators. */
    public List<LivedPeriod> periodsFor(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        List<LivedPeriod> periods = store.lane(event.logId()).periods();
        if (events.isFacilitatorOf(caller, eventId)) {
            return periods;
        }
        return periods.stream().map(p -> p.ageBand() ? p.withoutDates() : p).toList();
    }

    /** The date of birth the age bands were made from, for the event's facilitators only. */
    public Optional<LocalDate> dateOfBirthFor(Caller caller, String eventId) {
        return Optional.ofNullable(store.lane(events.facilitatedBy(caller, eventId).logId()).dateOfBirth());
    }

    /** A facilitator adds a period at the end of the lane, with an optional date range. */
    public LivedPeriod addPeriod(Caller caller, String eventId, @Nullable String label, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        if (store.lane(event.logId()).periods().size() >= MAX_PERIODS) {
            throw InvalidInput.because("board.refused.too-many-periods", MAX_PERIODS);
        }
        LivedPeriod period = new LivedPeriod(UUID.randomUUID().toString(), label(label), from, to, false);
        checkRange(from, to);
        changeLog.append(event.logId(), new LivedExperienceChange.LivedPeriodAdded(period), caller.actorId());
        return period;
    }

    /** A facilitator renames a period or changes its dates. */
    public LivedPeriod editPeriod(Caller caller, String eventId, String periodId, @Nullable String label,
            @Nullable LocalDate from, @Nullable LocalDate to) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        LivedPeriod before = existingPeriod(event, periodId);
        String typed = label(label);
        // A generated name left as it stands, in either language, stays generated: only new dates were wanted.
        LivedPeriodName kept = before.name() != null && Texts.LANGUAGES.stream()
                .anyMatch(language -> before.label(language).equals(typed)) ? before.name() : null;
        LivedPeriod after = new LivedPeriod(periodId, kept != null ? before.label() : typed, from, to,
                before.ageBand(), kept);
        checkRange(from, to);
        if (!after.equals(before)) {
            changeLog.append(event.logId(), new LivedExperienceChange.LivedPeriodEdited(periodId, after.label(), from,
                    to, kept), caller.actorId());
        }
        return after;
    }

    /** A facilitator removes a period nobody has written in. */
    public void removePeriod(Caller caller, String eventId, String periodId) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        existingPeriod(event, periodId);
        if (store.lane(event.logId()).holdsEntries(periodId)) {
            throw InvalidInput.because("board.refused.period-has-entries");
        }
        changeLog.append(event.logId(), new LivedExperienceChange.LivedPeriodRemoved(periodId), caller.actorId());
    }

    /**
     * A facilitator generates periods over the timeline's span: {@code length} each, or with none
     * a length that gives a readable number. Refused once people have written in the lane.
     */
    public List<LivedPeriod> generateFromTimeline(Caller caller, String eventId, @Nullable LivedPeriodLength length) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        MergedTimeline timeline = timelines.timelineFor(caller, eventId);
        if (timeline.isEmpty()) {
            throw InvalidInput.because("board.refused.timeline-empty");
        }
        List<LivedPeriods.Draft> drafts = LivedPeriods.bySpan(first(timeline), last(timeline), length);
        if (drafts.size() > MAX_PERIODS) {
            throw InvalidInput.because("board.refused.periods-too-short", drafts.size(), MAX_PERIODS);
        }
        return generate(caller, event, drafts, false, null);
    }

    /**
     * A facilitator generates the child's age bands from a date of birth, over the timeline's span
     * (or from birth to the event while the timeline is empty). The date of birth stays with the
     * facilitators. Refused once people have written in the lane.
     */
    public List<LivedPeriod> generateByAge(Caller caller, String eventId, @Nullable LocalDate dateOfBirth) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        if (dateOfBirth == null) {
            throw InvalidInput.because("board.refused.date-of-birth-missing");
        }
        if (dateOfBirth.isAfter(event.date())) {
            throw InvalidInput.because("board.refused.date-of-birth-after");
        }
        if (dateOfBirth.isBefore(event.date().minusYears(MAX_AGE_YEARS))) {
            throw InvalidInput.because("board.refused.date-of-birth-too-early", MAX_AGE_YEARS);
        }
        MergedTimeline timeline = timelines.timelineFor(caller, eventId);
        List<LivedPeriods.Draft> drafts = timeline.isEmpty()
                ? LivedPeriods.byAge(dateOfBirth, dateOfBirth, event.date())
                : LivedPeriods.byAge(dateOfBirth, first(timeline), last(timeline));
        return generate(caller, event, drafts, true, dateOfBirth);
    }

    private List<LivedPeriod> generate(Caller caller, LearningEvent event, List<LivedPeriods.Draft> drafts,
            boolean ageBands, @Nullable LocalDate dateOfBirth) {
        LivedExperienceStore.Snapshot lane = store.lane(event.logId());
        if (lane.periods().stream().anyMatch(p -> lane.holdsEntries(p.id()))) {
            throw InvalidInput.because("board.refused.lane-has-entries");
        }
        List<LivedPeriod> periods = drafts.stream()
                .map(d -> new LivedPeriod(UUID.randomUUID().toString(), d.label(), d.from(), d.to(), ageBands,
                        d.name()))
                .toList();
        changeLog.append(event.logId(), new LivedExperienceChange.LivedPeriodsGenerated(periods, dateOfBirth),
                caller.actorId());
        return periods;
    }

    // Entries

    /** Entries the caller may see, in the order they were written; hidden ones only to facilitators, the note-taker and their author. */
    public List<LivedExperienceEntry> entriesFor(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        boolean facilitator = events.seesAllContributions(caller, eventId);
        return store.lane(event.logId()).entries().stream()
                .filter(e -> !e.withdrawn() && (!e.hidden() || facilitator || e.authorActor().equals(caller.actorId())))
                .map(e -> shown(caller, eventId, e))
                .toList();
    }

    /** Someone in the room writes what daily life was like for the child in a period. */
    public LivedExperienceEntry addEntry(Caller caller, String eventId, String periodId, @Nullable String text) {
        LearningEvent event = events.openTo(caller, eventId);
        String agencyCode = switch (caller) {
            case Caller.Participant participant -> participant.agencyCode();
            case Caller.Account account -> null;
            default -> throw NotAllowed.because("board.refused.lane-room-only");
        };
        String clean = UserText.required(text, "board.field.lane-entry", LivedExperienceEntry.MAX_LENGTH);
        existingPeriod(event, periodId);
        if (store.lane(event.logId()).entries().size() >= MAX_ENTRIES) {
            throw InvalidInput.because("board.refused.lane-full", MAX_ENTRIES);
        }
        var added = new LivedExperienceChange.LivedEntryAdded(UUID.randomUUID().toString(), periodId, clean,
                agencyCode);
        changeLog.append(event.logId(), added, caller.actorId());
        return shown(caller, eventId, store.lane(event.logId()).entry(added.entryId()).orElseThrow());
    }

    /** Its author rewrites an entry. */
    public LivedExperienceEntry editEntry(Caller caller, String eventId, String entryId, @Nullable String text) {
        LearningEvent event = events.openTo(caller, eventId);
        LivedExperienceStore.StoredEntry entry = own(caller, event, entryId);
        String clean = UserText.required(text, "board.field.lane-entry", LivedExperienceEntry.MAX_LENGTH);
        if (!entry.text().equals(clean)) {
            changeLog.append(event.logId(), new LivedExperienceChange.LivedEntryEdited(entryId, clean),
                    caller.actorId());
        }
        return shown(caller, eventId, store.lane(event.logId()).entry(entryId).orElseThrow());
    }

    /** Its author takes an entry back (the record keeps it). */
    public void withdrawEntry(Caller caller, String eventId, String entryId) {
        LearningEvent event = events.openTo(caller, eventId);
        own(caller, event, entryId);
        changeLog.append(event.logId(), new LivedExperienceChange.LivedEntryWithdrawn(entryId), caller.actorId());
    }

    /** A facilitator hides an entry from the room, or shows it again; recorded, and recoverable. */
    public void hideEntry(Caller caller, String eventId, String entryId, boolean hidden) {
        LearningEvent event = running(caller, eventId, EventRight.MODERATE);
        if (existingEntry(event, entryId).hidden() != hidden) {
            changeLog.append(event.logId(), new LivedExperienceChange.LivedEntryHidden(entryId, hidden),
                    caller.actorId());
            audit.record(caller, AuditAction.MODERATED, eventId, (hidden ? "Hid" : "Unhid")
                    + " lived experience entry " + entryId);
        }
    }

    // Checks

    private LearningEvent running(Caller caller, String eventId, EventRight right) {
        LearningEvent event = events.runBy(caller, eventId, right);
        if (!event.isOpen()) {
            throw NotAllowed.because("board.refused.event-closed");
        }
        return event;
    }

    private LivedPeriod existingPeriod(LearningEvent event, String periodId) {
        return store.lane(event.logId()).period(periodId)
                .orElseThrow(() -> InvalidInput.because("board.refused.no-such-period"));
    }

    private LivedExperienceStore.StoredEntry existingEntry(LearningEvent event, String entryId) {
        return store.lane(event.logId()).entry(entryId).filter(e -> !e.withdrawn())
                .orElseThrow(() -> InvalidInput.because("board.refused.no-such-lane-entry"));
    }

    private LivedExperienceStore.StoredEntry own(Caller caller, LearningEvent event, String entryId) {
        LivedExperienceStore.StoredEntry entry = existingEntry(event, entryId);
        if (!entry.authorActor().equals(caller.actorId())) {
            throw NotAllowed.because("board.refused.lane-author-only");
        }
        return entry;
    }

    private static String label(@Nullable String label) {
        return UserText.required(label, "board.field.period-name", LivedPeriod.MAX_LABEL_LENGTH);
    }

    private static void checkRange(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInput.because("board.refused.period-ends-before-start");
        }
    }

    private static LocalDate first(MergedTimeline timeline) {
        return timeline.entries().getFirst().date().date();
    }

    /** The last day the timeline reaches: an entry's end date, or the last day of its date's period. */
    private static LocalDate last(MergedTimeline timeline) {
        LocalDate last = first(timeline);
        for (TimelineEntry entry : timeline.entries()) {
            LocalDate end = entry.endDate() != null ? entry.endDate().lastDay() : entry.date().lastDay();
            if (end.isAfter(last)) {
                last = end;
            }
        }
        return last;
    }

    private LivedExperienceEntry shown(Caller viewer, String eventId, LivedExperienceStore.StoredEntry entry) {
        return new LivedExperienceEntry(entry.id(), entry.periodId(), entry.text(),
                contributors.byline(viewer, eventId, entry.authorActor(), entry.agencyCode()), entry.hidden(),
                entry.edited(), entry.at());
    }
}
