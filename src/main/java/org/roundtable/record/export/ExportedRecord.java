package org.roundtable.record.export;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.roundtable.record.RecordExportSection;

/**
 * The record of one learning event as a report writer needs it, in that order, with no
 * participant's name anywhere: contributions carry an agency label or "Facilitator". Plain data;
 * the writers turn it into Word, PDF and Markdown.
 *
 * @param extraSections sections other features added ({@link RecordExportSection}), in order
 */
public record ExportedRecord(Details details, List<AgencyKey> agencies, List<Attendee> attendance,
        @Nullable Terms termsOfReference, List<Theme> keyThemes, List<String> workingPrinciples, Family family,
        List<TimelineRow> timeline, List<NoteRow> notesOffTimeline, List<QueryRow> queries, List<LivedRow> lived,
        List<GroupRow> groups, List<FactorRow> factors, List<String> factorHeadings, List<PointRow> learningPoints,
        List<ThemeRow> learningThemes, List<SummaryRow> summaries, List<RecordExportSection.Section> extraSections) {

    public ExportedRecord {
        agencies = List.copyOf(agencies);
        attendance = List.copyOf(attendance);
        keyThemes = List.copyOf(keyThemes);
        workingPrinciples = List.copyOf(workingPrinciples);
        timeline = List.copyOf(timeline);
        notesOffTimeline = List.copyOf(notesOffTimeline);
        queries = List.copyOf(queries);
        lived = List.copyOf(lived);
        groups = List.copyOf(groups);
        factors = List.copyOf(factors);
        factorHeadings = List.copyOf(factorHeadings);
        learningPoints = List.copyOf(learningPoints);
        learningThemes = List.copyOf(learningThemes);
        summaries = List.copyOf(summaries);
        extraSections = List.copyOf(extraSections);
    }

    /**
     * @param dates           each day with its part, e.g. "30 Nov 2026 (all day)"
     * @param facilitatorRoles the facilitators by role only
     * @param internalCopy    the agencies' comments column is included: the panel's internal copy
     * @param includesHidden  hidden contributions are included
     */
    public record Details(String pseudonym, @Nullable String reviewType, List<String> dates, @Nullable String venue,
            List<String> facilitatorRoles, @Nullable String noteTakerRole, boolean internalCopy,
            boolean includesHidden) {
        public Details {
            dates = List.copyOf(dates);
            facilitatorRoles = List.copyOf(facilitatorRoles);
        }
    }

    public record AgencyKey(String code, String name, String colour) {
    }

    /** Someone who joined, by role and agency only. */
    public record Attendee(String role, String agency) {
    }

    /** The terms of reference in force on the day. */
    public record Terms(int version, String text) {
    }

    public record Theme(String title, @Nullable String description) {
    }

    public record Family(List<FamilyLine> messages, boolean declined, @Nullable String declinedReason) {
        public Family {
            messages = List.copyOf(messages);
        }
    }

    /** What a family member wants heard, by relationship to the child. */
    public record FamilyLine(String relationship, String message) {
    }

    /**
     * An entry of the timeline as agreed on the day.
     *
     * @param origin   prepared, added or corrected at the event (label)
     * @param original what a corrected entry said before the room corrected it
     * @param comments the agency's comments, only in the panel's internal copy
     * @param notes    the notes on it and in the gap after it
     */
    public record TimelineRow(String when, String agencyCode, String colour, String whatHappened,
            @Nullable String source, @Nullable String practitionerRole, boolean keyEvent, String origin,
            @Nullable String original, @Nullable String comments, List<NoteRow> notes) {
        public TimelineRow {
            notes = List.copyOf(notes);
        }
    }

    /**
     * A note as the record shows it.
     *
     * @param place   "On the entry" or "In the gap after it"
     * @param status  what the facilitator decided, with marks for hidden, private and merged notes
     */
    public record NoteRow(String place, String kind, String perspective, String by, String text, String status) {
    }

    public record QueryRow(String question, String by, @Nullable String answer) {
    }

    /** A period of the child's lived experience with what the room wrote in it. */
    public record LivedRow(String period, List<Contribution> entries) {
        public LivedRow {
            entries = List.copyOf(entries);
        }
    }

    /** A piece of text by an agency (or the facilitator), marked when it was hidden. */
    public record Contribution(String text, String by, boolean hidden) {
    }

    public record GroupRow(String theme, boolean themeWeMissed, boolean removed, List<String> memberAgencies,
            List<PromptRow> prompts) {
        public GroupRow {
            memberAgencies = List.copyOf(memberAgencies);
            prompts = List.copyOf(prompts);
        }
    }

    /** The points under one prompt, key points first. */
    public record PromptRow(String prompt, List<GroupPointRow> points) {
        public PromptRow {
            points = List.copyOf(points);
        }
    }

    public record GroupPointRow(String text, String by, boolean keyPoint, boolean goodPractice,
            boolean onLearningWall) {
    }

    /** One agency's counts: entries analysed, then one count per factor and mode heading. */
    public record FactorRow(String agencyCode, int analysed, List<Integer> counts) {
        public FactorRow {
            counts = List.copyOf(counts);
        }
    }

    public record PointRow(String kind, String text, String by, @Nullable String theme, @Nullable String source,
            boolean hidden) {
    }

    public record ThemeRow(String title, boolean agreed, @Nullable Integer votes, int points) {
    }

    public record SummaryRow(String stage, String text) {
    }

    /** How many contributions the record holds, for checking that none was dropped. */
    public int contributionCount() {
        int notes = timeline.stream().mapToInt(row -> row.notes().size()).sum() + notesOffTimeline.size();
        int livedEntries = lived.stream().mapToInt(row -> row.entries().size()).sum();
        int points = groups.stream().flatMap(g -> g.prompts().stream()).mapToInt(p -> p.points().size()).sum();
        return notes + livedEntries + points + learningPoints.size() + summaries.size();
    }
}
