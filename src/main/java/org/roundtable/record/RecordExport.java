package org.roundtable.record;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.access.Role;
import org.roundtable.board.BreakoutGroup;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.EntryAnalyses;
import org.roundtable.board.Factor;
import org.roundtable.board.FactorSummary;
import org.roundtable.board.GroupBoard;
import org.roundtable.board.GroupPoint;
import org.roundtable.board.GroupPrompt;
import org.roundtable.board.InterventionMode;
import org.roundtable.board.LearningPoint;
import org.roundtable.board.LearningTheme;
import org.roundtable.board.LearningWall;
import org.roundtable.board.LivedExperience;
import org.roundtable.board.LivedExperienceEntry;
import org.roundtable.board.LivedPeriod;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NoteOutcome;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.event.Agency;
import org.roundtable.event.Byline;
import org.roundtable.event.Contributors;
import org.roundtable.event.EventDay;
import org.roundtable.event.EventDetails;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.EventRight;
import org.roundtable.event.EventSetup;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.RoomStages;
import org.roundtable.event.StageSummary;
import org.roundtable.event.TermsVersion;
import org.roundtable.live.ChangeLog;
import org.roundtable.live.ChangeTypes;
import org.roundtable.record.export.ExportArchive;
import org.roundtable.record.export.ExportDocument;
import org.roundtable.record.export.ExportDocxWriter;
import org.roundtable.record.export.ExportMarkdownWriter;
import org.roundtable.record.export.ExportPdfWriter;
import org.roundtable.record.export.ExportedRecord;
import org.roundtable.shared.FileNames;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.EntryOrigin;
import org.roundtable.timeline.EntryRevision;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The export of a learning event's record: what a report writer needs, in their order, as Word,
 * PDF and Markdown, anonymised (agencies, never names; no genogram ever); and a JSON archive of
 * the event's log that imports into another installation as a new event. Facilitators of the
 * event only.
 */
@Service
public class RecordExport {

    /** Dates in the record are the room's days, in UK time. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final LearningEvents events;
    private final EventPreparation preparation;
    private final Contributors contributors;
    private final RoomStages stages;
    private final Timelines timelines;
    private final Notes notes;
    private final LivedExperience lived;
    private final BreakoutGroups groups;
    private final EntryAnalyses analyses;
    private final LearningWall wall;
    private final ChangeLog changeLog;
    private final ObjectProvider<RecordExportSection> sections;
    private final ExportArchive archive;
    private final AuditTrail audit;

    RecordExport(LearningEvents events, EventPreparation preparation, Contributors contributors, RoomStages stages,
            Timelines timelines, Notes notes, LivedExperience lived, BreakoutGroups groups, EntryAnalyses analyses,
            LearningWall wall, ChangeLog changeLog, List<ChangeTypes> changeTypes,
            ObjectProvider<RecordExportSection> sections, AuditTrail audit) {
        this.audit = audit;
        this.events = events;
        this.preparation = preparation;
        this.contributors = contributors;
        this.stages = stages;
        this.timelines = timelines;
        this.notes = notes;
        this.lived = lived;
        this.groups = groups;
        this.analyses = analyses;
        this.wall = wall;
        this.changeLog = changeLog;
        this.sections = sections;
        this.archive = new ExportArchive(changeTypes);
    }

    /** The event's record as a facilitator of it exports it. */
    public ExportedRecord recordFor(Caller caller, String eventId, RecordExportOptions options) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.EXPORT);
        Locale language = events.language(caller, eventId);
        EventSetup setup = preparation.setupFor(caller, eventId);
        Labels labels = new Labels(event, language);
        List<Note> allNotes = notes.notesFor(caller, eventId).stream()
                .filter(note -> options.includeHidden() || !note.hidden())
                .toList();
        return new ExportedRecord(details(setup, options, language), agencies(event),
                attendance(caller, eventId, labels), terms(setup), keyThemes(setup), setup.workingPrinciples(),
                family(setup), timeline(caller, eventId, event, options, allNotes, labels),
                notesOffTimeline(caller, eventId, allNotes, labels), queries(allNotes, labels),
                lived(caller, eventId, options, labels), groups(caller, eventId, labels),
                factors(caller, eventId), factorHeadings(language), learningPoints(caller, eventId, options, labels),
                learningThemes(caller, eventId), summaries(caller, eventId),
                extraSections(caller, eventId, options, language));
    }

    /** The record as a file in {@code format}. The same state gives the same Markdown and JSON bytes. */
    public RecordExportFile export(Caller caller, String eventId, RecordExportOptions options,
            RecordExportFormat format) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.EXPORT);
        String fileName = fileNameFor(event, options, format);
        byte[] bytes = switch (format) {
            case JSON -> archiveOf(caller, event, options);
            case MARKDOWN -> ExportMarkdownWriter.write(document(caller, eventId, options));
            case DOCX -> ExportDocxWriter.write(document(caller, eventId, options));
            case PDF -> ExportPdfWriter.write(document(caller, eventId, options));
        };
        audit.record(caller, AuditAction.EXPORTED, eventId, "Record (" + format.name() + "), "
                + (options.includeComments() ? "with" : "without") + " the comments column, hidden contributions "
                + (options.includeHidden() ? "included" : "left out"));
        return new RecordExportFile(fileName, format.mediaType(), bytes);
    }

    /**
     * Imports a JSON archive as a new learning event owned by {@code caller}: always a new event id
     * (so an archive can be imported next to the event it came from), a new join code and
     * projector link; every other id is the archive's, as they only count within one event. The
     * archive's changes are appended to the new event's log in order, with their authors' opaque
     * ids so contributions keep their agencies. A malformed or altered archive is refused with a
     * message and nothing is written.
     */
    public LearningEvent importArchive(Caller caller, byte[] bytes) {
        if (!(caller instanceof Caller.Account account) || !account.roles().contains(Role.FACILITATOR)) {
            throw NotAllowed.because("record.refused.import-facilitator");
        }
        ExportArchive.Imported imported = archive.read(bytes, account.accountId());
        for (ExportArchive.ByActor run : imported.runs()) {
            changeLog.appendAll(LearningEvent.logIdOf(imported.eventId()), run.changes(), run.actor());
        }
        return events.runBy(caller, imported.eventId());
    }

    /** The record laid out as titled sections, the form the Word, PDF and Markdown writers read. */
    ExportDocument document(Caller caller, String eventId, RecordExportOptions options) {
        return ExportDocument.of(recordFor(caller, eventId, options), events.language(caller, eventId));
    }

    private byte[] archiveOf(Caller caller, LearningEvent event, RecordExportOptions options) {
        Set<String> hiddenNotes = new HashSet<>();
        if (!options.includeHidden()) {
            notes.notesFor(caller, event.id()).stream().filter(Note::hidden).forEach(n -> hiddenNotes.add(n.id()));
        }
        return archive.write(event.id(), event.pseudonym(), changeLog.read(event.logId()), options, hiddenNotes);
    }

    private static String fileNameFor(LearningEvent event, RecordExportOptions options, RecordExportFormat format) {
        String base = FileNames.of("Learning-event-record", event.pseudonym()) + "-" + event.date();
        return base + (options.internalCopy() ? "-internal" : "") + "." + format.extension();
    }

    // Sections, in the report writer's order

    private static ExportedRecord.Details details(EventSetup setup, RecordExportOptions options, Locale language) {
        EventDetails details = setup.details();
        List<String> dates = details.days().stream().map(day -> day(day, language)).toList();
        return new ExportedRecord.Details(details.pseudonym(),
                details.reviewType() == null ? null
                        : Texts.label(language, details.reviewType()),
                dates, details.venue(),
                setup.people().facilitators().stream().map(p -> p.role()).toList(),
                setup.people().noteTaker() == null ? null : setup.people().noteTaker().role(),
                options.includeComments(), options.includeHidden());
    }

    private static String day(EventDay day, Locale language) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", language).format(day.date()) + " ("
                + Texts.label(language, day.part()).toLowerCase(language) + ")";
    }


    private static List<ExportedRecord.AgencyKey> agencies(LearningEvent event) {
        return event.agencies().stream().map(a -> new ExportedRecord.AgencyKey(a.code(), a.name(), a.colour()))
                .toList();
    }

    private List<ExportedRecord.Attendee> attendance(Caller caller, String eventId, Labels labels) {
        return contributors.roomFor(caller, eventId).stream()
                .map(member -> new ExportedRecord.Attendee(member.role(), labels.agency(member.agencyCode())))
                .sorted(Comparator.comparing(ExportedRecord.Attendee::agency)
                        .thenComparing(ExportedRecord.Attendee::role))
                .toList();
    }

    /** The version in force on the first day: the last revised on or before it, else the latest. */
    static ExportedRecord.@Nullable Terms terms(EventSetup setup) {
        List<TermsVersion> versions = setup.termsOfReference().versions();
        if (versions.isEmpty()) {
            return null;
        }
        LocalDate firstDay = setup.details().firstDate();
        TermsVersion inForce = versions.stream()
                .filter(v -> !LocalDate.ofInstant(v.at(), UK).isAfter(firstDay))
                .reduce((earlier, later) -> later)
                .orElse(versions.getLast());
        return new ExportedRecord.Terms(inForce.number(), inForce.markdown());
    }

    private static List<ExportedRecord.Theme> keyThemes(EventSetup setup) {
        return setup.keyThemes().stream().map(t -> new ExportedRecord.Theme(t.title(), t.description())).toList();
    }

    private static ExportedRecord.Family family(EventSetup setup) {
        var family = setup.familyPerspective();
        return new ExportedRecord.Family(family.messages().stream()
                .map(m -> new ExportedRecord.FamilyLine(m.relationship(), m.message())).toList(),
                family.declined(), family.declinedReason());
    }

    private List<ExportedRecord.TimelineRow> timeline(Caller caller, String eventId, LearningEvent event,
            RecordExportOptions options, List<Note> allNotes, Labels labels) {
        Map<String, String> comments = options.includeComments() ? timelines.commentsFor(caller, eventId) : Map.of();
        Map<String, String> originals = new HashMap<>();
        for (EntryRevision revision : timelines.revisions(caller, eventId)) {
            TimelineEntry after = revision.after();
            TimelineEntry before = revision.before();
            if (after != null && before != null && after.origin() == EntryOrigin.CORRECTED_AT_EVENT) {
                // the first correction's "before" is what the agency prepared
                originals.putIfAbsent(after.id(), before.when(labels.language) + ": " + before.whatHappened());
            }
        }
        Map<String, List<ExportedRecord.NoteRow>> notesByEntry = new HashMap<>();
        for (Note note : allNotes) {
            if (note.place().entryId() != null) {
                notesByEntry.computeIfAbsent(note.place().entryId(), id -> new ArrayList<>())
                        .add(noteRow(note, labels));
            }
        }
        List<ExportedRecord.TimelineRow> rows = new ArrayList<>();
        for (TimelineEntry entry : timelines.timelineFor(caller, eventId).entries()) {
            String colour = event.agency(entry.agencyCode()).map(Agency::colour).orElse(Labels.GREY);
            rows.add(new ExportedRecord.TimelineRow(entry.when(labels.language), entry.agencyCode(), colour,
                    entry.whatHappened(), entry.source(), entry.practitionerRole(), entry.keyEvent(),
                    entry.origin().label(labels.language),
                    originals.get(entry.id()), comments.get(entry.id()),
                    notesByEntry.getOrDefault(entry.id(), List.of())));
        }
        return rows;
    }

    /** Notes in the gap before the first entry, or on an entry since removed: kept, so nothing is lost. */
    private List<ExportedRecord.NoteRow> notesOffTimeline(Caller caller, String eventId, List<Note> allNotes,
            Labels labels) {
        Set<String> onTimeline = new HashSet<>();
        timelines.timelineFor(caller, eventId).entries().forEach(e -> onTimeline.add(e.id()));
        return allNotes.stream()
                .filter(n -> n.place().entryId() == null || !onTimeline.contains(n.place().entryId()))
                .map(n -> noteRow(n, labels))
                .toList();
    }

    private static ExportedRecord.NoteRow noteRow(Note note, Labels labels) {
        Locale language = labels.language;
        String place = Texts.get(language, note.place().kind() == NotePlace.Kind.ON_ENTRY
                ? "record.document.on-entry" : "record.document.in-gap");
        List<String> status = new ArrayList<>();
        status.add(Texts.label(language, note.triage().outcome()));
        if (note.hidden()) {
            status.add(Texts.get(language, "record.document.hidden-by-facilitator"));
        }
        if (note.privateNote()) {
            status.add(Texts.get(language, "record.document.private"));
        }
        if (note.mergedCount() > 0) {
            status.add(Texts.get(language, "record.document.merged", note.mergedCount()));
        }
        return new ExportedRecord.NoteRow(place, Texts.label(language, note.kind()),
                Texts.label(language, note.perspective()),
                labels.by(note.byline()), note.text(), String.join("; ", status));
    }

    private static List<ExportedRecord.QueryRow> queries(List<Note> allNotes, Labels labels) {
        return allNotes.stream()
                .filter(n -> n.kind() == NoteKind.QUERY)
                .map(n -> new ExportedRecord.QueryRow(n.text(), labels.by(n.byline()),
                        n.triage().outcome() == NoteOutcome.ANSWERED || n.triage().answer() != null
                                ? n.triage().answer() : null))
                .toList();
    }

    private List<ExportedRecord.LivedRow> lived(Caller caller, String eventId, RecordExportOptions options,
            Labels labels) {
        Map<String, List<ExportedRecord.Contribution>> byPeriod = new LinkedHashMap<>();
        List<LivedPeriod> periods = lived.periodsFor(caller, eventId);
        periods.forEach(p -> byPeriod.put(p.id(), new ArrayList<>()));
        List<ExportedRecord.Contribution> elsewhere = new ArrayList<>();
        for (LivedExperienceEntry entry : lived.entriesFor(caller, eventId)) {
            if (entry.hidden() && !options.includeHidden()) {
                continue;
            }
            var contribution = new ExportedRecord.Contribution(entry.text(), labels.by(entry.by()), entry.hidden());
            byPeriod.getOrDefault(entry.periodId(), elsewhere).add(contribution);
        }
        List<ExportedRecord.LivedRow> rows = new ArrayList<>();
        for (LivedPeriod period : periods) {
            rows.add(new ExportedRecord.LivedRow(period.label(labels.language), byPeriod.get(period.id())));
        }
        if (!elsewhere.isEmpty()) {
            rows.add(new ExportedRecord.LivedRow(Texts.get(labels.language, "record.document.period-removed"),
                    elsewhere));
        }
        return rows;
    }

    private List<ExportedRecord.GroupRow> groups(Caller caller, String eventId, Labels labels) {
        List<BreakoutGroup> all = new ArrayList<>(groups.groupsFor(caller, eventId));
        all.addAll(groups.removedGroupsFor(caller, eventId));
        List<ExportedRecord.GroupRow> rows = new ArrayList<>();
        for (BreakoutGroup group : all) {
            GroupBoard board = groups.boardFor(caller, eventId, group.id());
            List<ExportedRecord.PromptRow> prompts = new ArrayList<>();
            for (GroupPrompt prompt : GroupPrompt.values()) {
                List<GroupPoint> points = board.keyPointsFirst(prompt);
                if (!points.isEmpty()) {
                    prompts.add(new ExportedRecord.PromptRow(Texts.label(labels.language, prompt),
                            points.stream()
                            .map(p -> new ExportedRecord.GroupPointRow(p.text(), labels.by(p.by()), p.keyPoint(),
                                    p.goodPractice(), p.onLearningWall()))
                            .toList()));
                }
            }
            rows.add(new ExportedRecord.GroupRow(group.theme(), group.themeWeMissed(), group.removed(),
                    group.members().stream().map(m -> m.agencyCode()).sorted().toList(), prompts));
        }
        return rows;
    }

    private List<ExportedRecord.FactorRow> factors(Caller caller, String eventId) {
        FactorSummary summary = analyses.factorSummaryFor(caller, eventId);
        if (summary.isEmpty()) {
            return List.of();
        }
        return summary.agencies().stream().map(row -> {
            List<Integer> counts = new ArrayList<>();
            for (Factor factor : Factor.values()) {
                counts.add(row.count(factor));
            }
            for (InterventionMode mode : InterventionMode.values()) {
                counts.add(row.count(mode));
            }
            return new ExportedRecord.FactorRow(row.agencyCode(), row.analysed(), counts);
        }).toList();
    }

    private static List<String> factorHeadings(Locale language) {
        List<String> headings = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            headings.add(Texts.label(language, factor));
        }
        for (InterventionMode mode : InterventionMode.values()) {
            headings.add(Texts.label(language, mode));
        }
        return headings;
    }

    private List<ExportedRecord.PointRow> learningPoints(Caller caller, String eventId, RecordExportOptions options,
            Labels labels) {
        Map<String, String> themeTitles = new HashMap<>();
        wall.themesFor(caller, eventId).forEach(t -> themeTitles.put(t.id(), t.title()));
        return wall.pointsFor(caller, eventId).stream()
                .filter(p -> options.includeHidden() || !p.hidden())
                .map(p -> new ExportedRecord.PointRow(Texts.label(labels.language, p.kind()), p.text(),
                        labels.by(p.by()),
                        p.themeId() == null ? null : themeTitles.get(p.themeId()), p.sourceLabel(), p.hidden()))
                .toList();
    }

    private List<ExportedRecord.ThemeRow> learningThemes(Caller caller, String eventId) {
        return wall.themesFor(caller, eventId).stream()
                .sorted(Comparator.comparing((LearningTheme t) -> !t.agreed()))
                .map(t -> new ExportedRecord.ThemeRow(t.title(), t.agreed(), t.votes(), t.pointIds().size()))
                .toList();
    }

    private List<ExportedRecord.SummaryRow> summaries(Caller caller, String eventId) {
        return stages.stateFor(caller, eventId).summaries().stream()
                .filter(s -> !s.text().isBlank())
                .map((StageSummary s) -> new ExportedRecord.SummaryRow(s.stageTitle(), s.text()))
                .toList();
    }

    private List<RecordExportSection.Section> extraSections(Caller caller, String eventId,
            RecordExportOptions options, Locale language) {
        return sections.orderedStream()
                .sorted(Comparator.comparingInt(RecordExportSection::order))
                .map(section -> section.sectionFor(caller, eventId, options, language))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Who wrote something, by agency only: labels built from codes, so no name can slip in. */
    private static final class Labels {

        static final String GREY = "#595959";

        private final LearningEvent event;
        final Locale language;

        Labels(LearningEvent event, Locale language) {
            this.event = event;
            this.language = language;
        }

        String by(Byline byline) {
            String code = byline.agencyCode();
            if (code != null) {
                return agency(code);
            }
            // a facilitator's own, or anonymous to this viewer: the label has no name then
            return Texts.get(language, Byline.FACILITATOR.equals(byline.label()) ? "record.byline.facilitator"
                    : "record.byline.anonymous");
        }

        String agency(String code) {
            return event.agency(code).map(a -> a.name() + " (" + a.code() + ")").orElse(code);
        }
    }
}
