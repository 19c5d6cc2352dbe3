package org.roundtable.timeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.event.Agency;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.ReviewType;
import org.roundtable.live.ChangeLog;
import org.roundtable.live.LoggedChange;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.Texts;
import org.roundtable.shared.UserText;
import org.roundtable.timeline.importing.ChronologyFile;
import org.roundtable.timeline.importing.ChronologyField;
import org.roundtable.timeline.importing.ChronologyImport;
import org.roundtable.timeline.importing.ColumnMapping;
import org.roundtable.timeline.importing.ImportLimits;
import org.roundtable.timeline.importing.ImportPreview;
import org.roundtable.timeline.importing.ImportedEntry;
import org.roundtable.timeline.importing.RawTable;
import org.roundtable.timeline.importing.Reading;
import org.roundtable.timeline.importing.UkDates;
import org.roundtable.timeline.summary.KeyEventsSummary;
import org.roundtable.timeline.summary.SummaryAgency;
import org.roundtable.timeline.summary.SummaryDocument;
import org.roundtable.timeline.summary.SummaryEntry;
import org.springframework.stereotype.Service;

/**
 * The merged timeline feature. Anyone of the event reads the timeline; only its facilitators
 * import chronologies, add, edit, remove and flag entries, or read the agencies' analysis comments.
 */
@Service
public class Timelines {

    public static final int MAX_ENTRY_LENGTH = ImportLimits.DEFAULTS.maxCellLength();
    public static final int MAX_COMMENTS_LENGTH = ImportLimits.DEFAULTS.maxCellLength();

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final TimelineStore store;
    private final ChronologyMappings mappings;
    private final Clock clock = Clock.systemUTC();

    private final EventPreparation preparation;
    private final AuditTrail audit;
    private final SummaryDocument documents = new SummaryDocument();

    Timelines(ChangeLog changeLog, LearningEvents events, TimelineStore store, ChronologyMappings mappings,
            EventPreparation preparation, AuditTrail audit) {
        this.audit = audit;
        this.preparation = preparation;
        this.changeLog = changeLog;
        this.events = events;
        this.store = store;
        this.mappings = mappings;
    }

    /** The merged timeline, without comments, for anyone of the event. */
    public MergedTimeline timelineFor(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        return store.timeline(event.logId());
    }

    /** The agencies' analysis comments by entry id: for the event's facilitators only. */
    public Map<String, String> commentsFor(Caller caller, String eventId) {
        LearningEvent event = events.facilitatedBy(caller, eventId);
        return store.comments(event.logId());
    }

    /** A facilitator adds an entry by hand. */
    public TimelineEntry add(Caller caller, String eventId, NewTimelineEntry entry) {
        return addAll(caller, eventId, List.of(entry)).getFirst();
    }

    /** A facilitator adds several entries; all are checked before any is added, and all go in as one step. */
    public List<TimelineEntry> addAll(Caller caller, String eventId, List<NewTimelineEntry> entries) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        List<TimelineChange.EntryAdded> checked = entries.stream()
                .map(e -> checked(event, UUID.randomUUID().toString(), e, false))
                .toList();
        changeLog.appendAll(event.logId(), checked, caller.actorId());
        return checked.stream().map(TimelineChange.EntryAdded::entry).toList();
    }

    /** A facilitator corrects an entry; the record keeps what it said before. */
    public TimelineEntry edit(Caller caller, String eventId, String entryId, NewTimelineEntry changed) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        TimelineEntry before = existing(event, entryId);
        TimelineChange.EntryAdded after = checked(event, entryId, changed, before.keyEvent());
        TimelineEntry kept = after.entry().withOrigin(before.origin());
        changeLog.append(event.logId(), new TimelineChange.EntryEdited(before, store.comments(event.logId())
                .get(entryId), kept, after.comments()), caller.actorId());
        return kept;
    }

    /**
     * A facilitator accepts a missing event the room raised into the timeline: a new entry marked
     * "added at the learning event".
     *
     * @param noteId the note it came from, for the record
     */
    public TimelineEntry addAtEvent(Caller caller, String eventId, NewTimelineEntry entry, @Nullable String noteId) {
        LearningEvent event = events.runBy(caller, eventId, noteId == null ? EventRight.RUN_ROOM : EventRight.MODERATE);
        TimelineEntry added = checked(event, UUID.randomUUID().toString(), entry, false).entry()
                .withOrigin(EntryOrigin.ADDED_AT_EVENT);
        changeLog.append(event.logId(), new TimelineChange.EntryAddedAtEvent(added, noteId), caller.actorId());
        return added;
    }

    /**
     * A facilitator accepts a correction the room agreed onto an entry: its date, time and text
     * change, it is marked "corrected at the learning event", and the original stays in
     * {@link #revisions}. The agency's comments on it are kept.
     *
     * @param noteId the note it came from, for the record
     */
    public TimelineEntry correctAtEvent(Caller caller, String eventId, String entryId, NewTimelineEntry changed,
            @Nullable String noteId) {
        LearningEvent event = events.runBy(caller, eventId, noteId == null ? EventRight.RUN_ROOM : EventRight.MODERATE);
        TimelineEntry before = existing(event, entryId);
        TimelineEntry checkedEntry = checked(event, entryId, new NewTimelineEntry(before.agencyCode(), changed.date(),
                changed.time(), changed.endDate(), changed.whatHappened(), before.source(), before.practitionerRole(),
                null, before.reference()), before.keyEvent()).entry();
        TimelineEntry after = checkedEntry.withOrigin(EntryOrigin.CORRECTED_AT_EVENT);
        changeLog.append(event.logId(), new TimelineChange.EntryCorrectedAtEvent(before, after, noteId),
                caller.actorId());
        return after;
    }

    /** A facilitator removes an entry; the record keeps what it said. Notes on it stay with the event. */
    public void remove(Caller caller, String eventId, String entryId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        TimelineEntry before = existing(event, entryId);
        changeLog.append(event.logId(), new TimelineChange.EntryRemoved(before,
                store.comments(event.logId()).get(entryId)), caller.actorId());
    }

    /** A facilitator flags an entry as a key event for the pre-reading summary, or unflags it. */
    public void markKeyEvent(Caller caller, String eventId, String entryId, boolean keyEvent) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        if (existing(event, entryId).keyEvent() != keyEvent) {
            changeLog.append(event.logId(), new TimelineChange.KeyEventMarked(entryId, keyEvent), caller.actorId());
        }
    }

    /** Every change facilitators made to entries by hand, oldest first: who, when, before and after. */
    public List<EntryRevision> revisions(Caller caller, String eventId) {
        LearningEvent event = events.facilitatedBy(caller, eventId);
        List<EntryRevision> revisions = new ArrayList<>();
        for (LoggedChange logged : changeLog.read(event.logId())) {
            switch (logged.change()) {
                case TimelineChange.EntryAdded added -> revisions.add(new EntryRevision(logged.at(), logged.actor(),
                        EntryRevision.Kind.ADDED, null, added.entry()));
                case TimelineChange.EntryEdited edited -> revisions.add(new EntryRevision(logged.at(), logged.actor(),
                        EntryRevision.Kind.EDITED, edited.before(), edited.after()));
                case TimelineChange.EntryRemoved removed -> revisions.add(new EntryRevision(logged.at(),
                        logged.actor(), EntryRevision.Kind.REMOVED, removed.before(), null));
                case TimelineChange.EntryAddedAtEvent added -> revisions.add(new EntryRevision(logged.at(),
                        logged.actor(), EntryRevision.Kind.ADDED, null, added.entry()));
                case TimelineChange.EntryCorrectedAtEvent corrected -> revisions.add(new EntryRevision(logged.at(),
                        logged.actor(), EntryRevision.Kind.EDITED, corrected.before(), corrected.after()));
                default -> {
                }
            }
        }
        return revisions;
    }

    /**
     * The key events summary for pre-reading: the flagged entries in timeline order with their
     * agencies (code, name, colour). Never the comments column or the genogram. Facilitators only.
     * It speaks the event's default language, as the record export does, whoever downloads it.
     */
    public KeyEventsSummary keyEventsSummary(Caller caller, String eventId) {
        LearningEvent event = events.facilitatedBy(caller, eventId);
        Locale language = events.language(caller, eventId);
        List<SummaryEntry> entries = store.timeline(event.logId()).entries().stream()
                .filter(TimelineEntry::keyEvent)
                .map(e -> new SummaryEntry(day(e, language), e.time() == null ? null : e.time().toString(),
                        e.agencyCode(), e.whatHappened(), e.source()))
                .toList();
        List<SummaryAgency> agencies = event.agencies().stream()
                .map(a -> new SummaryAgency(a.code(), a.name(), a.colour()))
                .toList();
        ReviewType reviewType = preparation.setupFor(caller, eventId).details().reviewType();
        return new KeyEventsSummary(event.pseudonym(), reviewType == null ? null : Texts.label(language, reviewType),
                event.date(), agencies, entries, clock.instant(), language);
    }

    /** The entry's date, or its period, without its time: "3 Apr 2019", "3 Ebr 2019 i 5 Ebr 2019". */
    private static String day(TimelineEntry entry, Locale language) {
        String start = entry.date().display(language);
        return entry.endDate() == null ? start
                : Texts.get(language, "timeline.entry.when-period", start, entry.endDate().display(language));
    }

    /** The key events summary as a Word document to download; the download is audited. */
    public byte[] keyEventsSummaryDocx(Caller caller, String eventId) {
        events.runBy(caller, eventId, EventRight.PREPARE);
        byte[] docx = documents.docx(keyEventsSummary(caller, eventId));
        audit.record(caller, AuditAction.EXPORTED, eventId, "Key events summary (Word)");
        return docx;
    }

    /** The key events summary as a PDF to download; the download is audited. */
    public byte[] keyEventsSummaryPdf(Caller caller, String eventId) {
        events.runBy(caller, eventId, EventRight.PREPARE);
        byte[] pdf = documents.pdf(keyEventsSummary(caller, eventId)).bytes();
        audit.record(caller, AuditAction.EXPORTED, eventId, "Key events summary (PDF)");
        return pdf;
    }

    /**
     * Reads an agency's chronology file for import: the column mapping remembered for that agency
     * (or guessed from the headings) and a preview of every row. Nothing changes yet.
     */
    public ChronologyUpload readChronology(Caller caller, String eventId, String agencyCode, String fileName,
            byte[] content) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        Agency agency = agency(event, agencyCode);
        RawTable table = ChronologyFile.read(UserText.clean(fileName), content);
        ColumnMapping mapping = mappings.forAgency(agency.name())
                .map(headings -> ColumnMapping.recall(headings, table.headers()))
                .orElseGet(() -> ColumnMapping.guess(table.headers()));
        return remap(caller, eventId, new ChronologyUpload(agency.code(), UserText.clean(fileName), table, mapping,
                null, null), mapping);
    }

    /** The same file with another column mapping, previewed again. */
    public ChronologyUpload remap(Caller caller, String eventId, ChronologyUpload upload, ColumnMapping mapping) {
        events.runBy(caller, eventId, EventRight.PREPARE);
        if (!mapping.isComplete()) {
            List<ChronologyField> missing = mapping.missingRequired();
            String problem = missing.size() == 1
                    ? Texts.get(Texts.ENGLISH, "timeline.mapping.choose-one", missing.getFirst().inSentence())
                    : Texts.get(Texts.ENGLISH, "timeline.mapping.choose-two", missing.get(0).inSentence(),
                            missing.get(1).inSentence());
            return new ChronologyUpload(upload.agencyCode(), upload.fileName(), upload.table(), mapping, null,
                    problem);
        }
        ImportPreview preview = ChronologyImport.preview(upload.table(), mapping, upload.agencyCode());
        return new ChronologyUpload(upload.agencyCode(), upload.fileName(), upload.table(), mapping, preview, null);
    }

    /**
     * Imports the accepted rows of a preview as the agency's chronology, replacing its earlier
     * entries as one step: all or nothing. Entries matched by the agency's reference, or by date
     * and text, keep their id, notes and key-event flag. The column mapping is remembered for
     * the agency's next file.
     */
    public ImportResult importChronology(Caller caller, String eventId, ChronologyUpload upload) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.PREPARE);
        Agency agency = agency(event, upload.agencyCode());
        ImportPreview preview = upload.preview();
        if (preview == null) {
            upload.mapping().requireComplete();
            throw InvalidInput.because("timeline.import.not-read");
        }
        if (preview.acceptedCount() == 0) {
            throw InvalidInput.because("timeline.import.nothing-to-import");
        }
        // Events the room added are not in any agency's file: a re-import must not remove them.
        List<TimelineEntry> earlier = store.timeline(event.logId()).entries().stream()
                .filter(e -> e.agencyCode().equals(agency.code()) && e.origin() != EntryOrigin.ADDED_AT_EVENT)
                .toList();
        EntryMatcher matcher = new EntryMatcher(earlier);
        List<TimelineChange.EntryAdded> entries = new ArrayList<>();
        int kept = 0;
        for (ImportedEntry imported : preview.acceptedEntries()) {
            TimelineEntry match = matcher.take(imported);
            if (match != null) {
                kept++;
            }
            NewTimelineEntry entry = new NewTimelineEntry(agency.code(), imported.date(), imported.time(),
                    imported.endDate(), imported.whatHappened(), imported.source(), imported.practitionerRole(),
                    imported.comments(), imported.reference());
            entries.add(checked(event, match == null ? UUID.randomUUID().toString() : match.id(), entry,
                    match != null && match.keyEvent()));
        }
        List<String> removed = matcher.unmatched().stream().map(TimelineEntry::id).toList();
        changeLog.append(event.logId(), new TimelineChange.ChronologyImported(agency.code(), entries, removed,
                upload.fileName()), caller.actorId());
        changeLog.append(ChronologyMappings.LOG_ID, new TimelineChange.MappingRemembered(agency.name(),
                preview.mapping().headingsIn(preview.headers())), caller.actorId());
        return new ImportResult(entries.size() - kept, kept, removed.size(),
                preview.skippedCount() + preview.rejectedCount());
    }

    /**
     * A date as a practitioner types it ("03/04/2019", "April 2019", "c. 2019"), for forms outside
     * this module; throws {@link InvalidInput} naming {@code what} when it cannot be read.
     *
     * @param what the key of the field's name ({@code timeline.field.date}: "The date"); "date" and
     *             "end date" are read as those keys
     */
    public static @Nullable ChronologyDate readDate(@Nullable String typed, String what) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return switch (UkDates.parse(typed)) {
            case Reading.Read<ChronologyDate> read -> read.value();
            case Reading.Unreadable<ChronologyDate> unreadable ->
                    throw InvalidInput.because("timeline.date.unreadable", fieldName(what), unreadable.why());
        };
    }

    private static Texts.Ref fieldName(String what) {
        return switch (what) {
            case "date" -> new Texts.Ref("timeline.field.date");
            case "end date" -> new Texts.Ref("timeline.field.end-date");
            default -> new Texts.Ref(what);
        };
    }

    private TimelineEntry existing(LearningEvent event, String entryId) {
        return store.timeline(event.logId()).entry(entryId)
                .orElseThrow(() -> InvalidInput.because("timeline.entry.not-in-event"));
    }

    private static Agency agency(LearningEvent event, @Nullable String agencyCode) {
        return event.agency(agencyCode == null ? "" : agencyCode)
                .orElseThrow(() -> InvalidInput.because("timeline.entry.choose-agency"));
    }

    private static TimelineChange.EntryAdded checked(LearningEvent event, String id, NewTimelineEntry entry,
            boolean keyEvent) {
        Agency agency = agency(event, entry.agencyCode());
        if (entry.date() == null) {
            throw InvalidInput.because("timeline.entry.needs-date");
        }
        if (entry.endDate() != null && entry.endDate().lastDay().isBefore(entry.date().date())) {
            throw InvalidInput.because("timeline.entry.end-before-date");
        }
        var timelineEntry = new TimelineEntry(id, agency.code(), entry.date(), entry.time(), entry.endDate(),
                UserText.required(entry.whatHappened(), "timeline.field.what-happened", MAX_ENTRY_LENGTH),
                UserText.optional(entry.source(), "timeline.field.source", 500),
                UserText.optional(entry.practitionerRole(), "timeline.field.practitioner-role", 200),
                UserText.optional(entry.reference(), "timeline.field.reference", 200), keyEvent);
        return new TimelineChange.EntryAdded(timelineEntry,
                UserText.optional(entry.comments(), "timeline.field.comments", MAX_COMMENTS_LENGTH));
    }

    /** Pairs a new file's rows with the agency's earlier entries: by reference first, then by date and text. */
    private static final class EntryMatcher {
        private final Map<String, TimelineEntry> byReference = new HashMap<>();
        private final Map<String, TimelineEntry> byDateAndText = new HashMap<>();
        private final List<TimelineEntry> earlier;
        private final Set<String> taken = new HashSet<>();

        EntryMatcher(List<TimelineEntry> earlier) {
            this.earlier = earlier;
            for (TimelineEntry entry : earlier) {
                if (entry.reference() != null) {
                    byReference.putIfAbsent(entry.reference(), entry);
                }
                byDateAndText.putIfAbsent(dateAndText(entry.date(), entry.whatHappened()), entry);
            }
        }

        @Nullable TimelineEntry take(ImportedEntry row) {
            TimelineEntry match = row.reference() == null ? null : byReference.get(row.reference());
            if (match == null || taken.contains(match.id())) {
                match = byDateAndText.get(dateAndText(row.date(), UserText.clean(row.whatHappened())));
            }
            if (match == null || !taken.add(match.id())) {
                return null;
            }
            return match;
        }

        List<TimelineEntry> unmatched() {
            return earlier.stream().filter(e -> !taken.contains(e.id())).toList();
        }

        private static String dateAndText(ChronologyDate date, String text) {
            return date.date() + "|" + date.precision() + "|" + text.strip().replaceAll("\\s+", " ")
                    .toLowerCase(Locale.ROOT);
        }
    }
}
