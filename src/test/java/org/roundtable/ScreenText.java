package org.roundtable;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the translation guard counts as text typed into a screen's code: a literal that reads as
 * words to a person, in code that draws screens, unless its line is one that never reaches a
 * person (a log line, a script, a style) or says why with {@code // not text: <why>}.
 */
final class ScreenText {

    /** Screen code still to be moved to the bundles; the list only shrinks. */
    static final Set<String> NOT_YET_TRANSLATED = Set.of(
            "ReconnectingScreens.java",
            "ScreenErrors.java",
            "access/Accounts.java",
            "access/AuditAction.java",
            "access/AuditTrail.java",
            "access/FirstAdministratorSetup.java",
            "access/ui/AdminView.java",
            "access/ui/FirstAdministratorView.java",
            "access/ui/LoginView.java",
            "board/BreakoutGroups.java",
            "board/EntryAnalyses.java",
            "board/Factor.java",
            "board/GroupPrompt.java",
            "board/InterventionMode.java",
            "board/LearningPointKind.java",
            "board/LearningWall.java",
            "board/LivedExperience.java",
            "board/LivedPeriodLength.java",
            "board/NoteKind.java",
            "board/NoteOutcome.java",
            "board/NoteTriage.java",
            "board/Notes.java",
            "board/Perspective.java",
            "board/Triage.java",
            "board/ui/AnalysisDialog.java",
            "board/ui/ConnectionIndicator.java",
            "board/ui/ConsoleTimeline.java",
            "board/ui/EvaluationFormPanel.java",
            "board/ui/EvaluationQuestionEditor.java",
            "board/ui/EvaluationResultsPanel.java",
            "board/ui/FactorSummaryPanel.java",
            "board/ui/JoinQrCode.java",
            "board/ui/LearningPointDialog.java",
            "board/ui/LearningWallPanel.java",
            "board/ui/LivedExperienceLane.java",
            "board/ui/NoteDialog.java",
            "board/ui/PrinciplesPanel.java",
            "board/ui/ProjectorTimeline.java",
            "board/ui/ProjectorView.java",
            "board/ui/TabletOutbox.java",
            "board/ui/TabletView.java",
            "board/ui/TimelineBoard.java",
            "board/ui/TimelineMarkup.java",
            "board/ui/WallDialogs.java",
            "evaluation/EvaluationQuestion.java",
            "evaluation/Evaluations.java",
            "evaluation/QuestionKind.java",
            "event/DayPart.java",
            "event/EventPreparation.java",
            "event/EventRight.java",
            "event/Genogram.java",
            "event/LearningEvents.java",
            "event/PrincipleProposals.java",
            "event/ProposedPrinciple.java",
            "event/ReviewType.java",
            "event/RoomStages.java",
            "event/RoomView.java",
            "event/StageKind.java",
            "event/ui/AgendaSection.java",
            "event/ui/CoFacilitatorsSection.java",
            "event/ui/DetailsSection.java",
            "event/ui/EventsView.java",
            "event/ui/FamilySection.java",
            "event/ui/GenogramSection.java",
            "event/ui/JoinView.java",
            "event/ui/ListEditor.java",
            "event/ui/NewEventView.java",
            "event/ui/NoteTakerSection.java",
            "event/ui/PeopleSection.java",
            "event/ui/PrepareView.java",
            "event/ui/PrinciplesSection.java",
            "event/ui/PurgeDialog.java",
            "event/ui/RoomSettingsSection.java",
            "event/ui/SetupSection.java",
            "event/ui/TemplateSection.java",
            "event/ui/TermsSection.java",
            "event/ui/ThemesSection.java",
            "record/NoteTaking.java",
            "record/RecordExport.java",
            "record/RecordExportFormat.java",
            "record/RecordTag.java",
            "record/export/ExportArchive.java",
            "record/ui/ExportView.java",
            "record/ui/NoteLinkView.java",
            "record/ui/NoteTakerView.java",
            "record/ui/RecordEntryDialog.java",
            "shared/UserText.java",
            "timeline/EntryOrigin.java",
            "timeline/Timelines.java",
            "timeline/importing/ChronologyField.java",
            "timeline/importing/ChronologyFileRejected.java",
            "timeline/importing/ChronologyImport.java",
            "timeline/importing/ColumnMapping.java",
            "timeline/importing/RowReader.java",
            "timeline/ui/EntryDialog.java",
            "timeline/ui/ImportDialog.java",
            "timeline/ui/TimelinePreparationView.java");

    private static final Pattern WORDS = Pattern.compile(".*[A-Za-z]{2,}[,.!?:;]?\\s+[A-Za-z(“\"'{].*", Pattern.DOTALL);
    private static final Pattern CAPITALISED = Pattern.compile("\\s*[A-Z][a-z]+.*", Pattern.DOTALL);
    private static final Pattern TECHNICAL = Pattern.compile(
            "[a-z0-9-]+( [a-z0-9-]+)*" // theme variants, class lists: all lower case, no punctuation
                    + "|.*(\\$\\d|=>|\\(\\)|\\bthis\\.|document\\.|event\\.|element\\.|return |var\\(--).*" // scripts, styles
                    + "|[dMyEHhmsa ,:/.'-]+" // date patterns
                    + "|[A-Z][a-z]+/[A-Z][A-Za-z_]+", // time zones
            Pattern.DOTALL);
    private static final Set<String> EXEMPT_LINES = Set.of("log.", "LoggerFactory", "executeJs(", "setFilter(",
            "addEventData(", "DateTimeFormatter.ofPattern", "IllegalStateException(", "IllegalArgumentException(",
            "@Route", "@StyleSheet", "@CssImport", "@JsModule", "@NpmPackage", "@Tag(", "// not text:");

    private ScreenText() {
    }

    /** Code that draws screens: every feature's ui package, and the shell around them. */
    static boolean isScreenCode(String relativePath) {
        return relativePath.contains("/ui/") || (!relativePath.contains("/") && !relativePath.equals("Languages.java"));
    }

    /** A line that refuses a person's input: its text is read by that person. */
    static boolean isRefusal(String line) {
        return line.contains("InvalidInput(") || line.contains("Rejected(") || line.contains("UserText.")
                || line.contains("NotAllowed(");
    }

    static boolean looksLikeText(String literal) {
        if (literal.isBlank() || TECHNICAL.matcher(literal).matches()) {
            return false;
        }
        return WORDS.matcher(literal).matches() || CAPITALISED.matcher(literal).matches();
    }

    static boolean isExempt(String line) {
        return EXEMPT_LINES.stream().anyMatch(line::contains);
    }
}
