package org.roundtable.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * Deque's axe-core, run on a page as it is seen, with the rules of WCAG 2.2 level AA. Every
 * check is kept, view by view, so one test run can write one report of everything found.
 */
final class Axe {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA: what public bodies in the UK must meet. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** One rule broken on one element of one view. */
    record Violation(String view, String rule, String impact, String help, String target, String html,
            String summary) {

        String line() {
            return view + " | " + rule + " (" + impact + ") | " + target + " | " + html + " | " + summary;
        }
    }

    private final List<Violation> found = new CopyOnWriteArrayList<>();
    private final List<String> views = new CopyOnWriteArrayList<>();

    /** Checks {@code page} as it is now, under the name {@code view}, and returns what it broke. */
    List<Violation> check(Page page, String view) {
        return check(page, view, new AxeBuilder(page).withTags(WCAG_22_AA));
    }

    /**
     * The projector is read from the back of a room: text contrast of at least 7:1 (axe's
     * level AAA rule), on top of the level AA rules.
     */
    List<Violation> checkEnhancedContrast(Page page, String view) {
        return check(page, view, new AxeBuilder(page).withRules(List.of("color-contrast-enhanced")));
    }

    /** A finding of our own (a size measured in the browser), reported and held like axe's. */
    void add(String view, String rule, String help, String target, String summary) {
        found.add(new Violation(view, rule, "serious", help, target, "", summary));
    }

    private List<Violation> check(Page page, String view, AxeBuilder builder) {
        AxeResults results = builder.analyze();
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + view + ": " + results.getErrorMessage());
        }
        List<Violation> here = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                here.add(new Violation(view, rule.getId(), String.valueOf(rule.getImpact()), rule.getHelp(),
                        String.valueOf(node.getTarget()), oneLine(node.getHtml(), 200),
                        oneLine(node.getFailureSummary(), 300)));
            }
        }
        if (!views.contains(view)) {
            views.add(view);
        }
        found.addAll(here);
        return here;
    }

    List<Violation> violations() {
        return List.copyOf(found);
    }

    Set<String> rulesBroken() {
        return new TreeSet<>(found.stream().map(Violation::rule).toList());
    }

    /** Every view checked and every violation, grouped by rule: what is left to fix, in a file. */
    void writeReport(Path file) {
        StringBuilder report = new StringBuilder();
        report.append("# axe-core ").append(String.join(", ", WCAG_22_AA)).append("\n\n");
        report.append("Views checked (").append(views.size()).append("):\n");
        views.forEach(view -> report.append("- ").append(view).append('\n'));
        report.append("\nViolations: ").append(found.size()).append(" on ").append(rulesBroken().size())
                .append(" rules\n");
        for (String rule : rulesBroken()) {
            List<Violation> ofRule = found.stream().filter(v -> v.rule().equals(rule))
                    .sorted(Comparator.comparing(Violation::view)).toList();
            report.append("\n## ").append(rule).append(" (").append(ofRule.size()).append("): ")
                    .append(ofRule.getFirst().help()).append('\n');
            ofRule.forEach(v -> report.append("- ").append(v.line()).append('\n'));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String oneLine(String text, int max) {
        String line = String.valueOf(text).replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max) + "…";
    }
}
