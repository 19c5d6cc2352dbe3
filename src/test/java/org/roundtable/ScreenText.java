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
    static final Set<String> NOT_YET_TRANSLATED = Set.of();

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

    /**
     * Code outside the ui packages whose words reach people as they are: the audit trail's CSV and
     * its who and details, the evaluation results' CSV and PDF, the names of the lived experience lane's
     * generated periods.
     */
    private static final Set<String> WORDS_FOR_PEOPLE = Set.of("evaluation/EvaluationCsv.java", "evaluation/EvaluationPdf.java",
            "access/AuditTrail.java", "access/AuditEntry.java", "board/LivedPeriods.java",
            "board/LivedPeriodName.java", "board/LivedPeriodLength.java");

    /**
     * Code that draws screens: every feature's ui package, and the shell around them; and code that
     * writes documents people read, as screens in another form (the key events summary).
     */
    static boolean isScreenCode(String relativePath) {
        return relativePath.contains("/ui/") || relativePath.startsWith("timeline/summary/")
                || (!relativePath.contains("/") && !relativePath.equals("Languages.java"))
                || WORDS_FOR_PEOPLE.contains(relativePath);
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
