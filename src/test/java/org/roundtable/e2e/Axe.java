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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;

/**
 * Deque's axe-core, run on a page as it is seen, with the rules of WCAG 2.2 level AA. Every
 * check is kept, view by view, so one test run can write one report of everything found.
 *
 * <p>axe (the copy Deque's Playwright binding ships, {@link AxeBuilder#getAxeScript}) runs in the
 * page itself, as the binding's legacy mode runs it: our pages have no frames, and the binding's
 * default (each frame's partial result carried to a blank page of its own and finished there, axe
 * injected anew each time) costs more for the same findings. Running it ourselves lets several
 * pages be checked at once ({@link #checkTogether}); the results are read with the binding's types.
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

    /** axe's options: WCAG 2.2 A and AA, and only the violations in full (the passes are not read). */
    private static final String AA = """
            {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
             "resultTypes": ["violations"]}""";
    /** The same, and axe's level AAA text contrast rule (7:1), for the projector. */
    private static final String AA_AND_ENHANCED_CONTRAST = """
            {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
             "rules": {"color-contrast-enhanced": {"enabled": true}},
             "resultTypes": ["violations"]}""";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A view to check: the page showing it, and whether the projector's 7:1 text contrast applies too. */
    record View(Page page, String name, boolean enhancedContrast) {
    }

    /** Checks {@code page} as it is now, under the name {@code view}, and returns what it broke. */
    List<Violation> check(Page page, String view) {
        return checkTogether(List.of(new View(page, view, false))).getFirst();
    }

    /**
     * Checks each view as it is now, and returns what each broke, in order. axe is started on every
     * page before the first is awaited: each page is a browser process of its own, so on two cores
     * they are checked side by side.
     */
    List<List<Violation>> checkTogether(List<View> views) {
        views.forEach(Axe::start);
        return views.stream().map(this::finish).toList();
    }

    private static void start(View view) {
        Page page = view.page();
        // The page keeps axe from one check to the next while it shows the same document.
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate("() => {" + AxeBuilder.getAxeScript() + "}");
        }
        page.evaluate("options => { window.rtAxe = axe.run(document, JSON.parse(options))"
                + ".then(results => JSON.stringify(results)); }",
                view.enhancedContrast() ? AA_AND_ENHANCED_CONTRAST : AA);
    }

    private List<Violation> finish(View view) {
        AxeResults results;
        try {
            results = JSON.readValue((String) view.page().evaluate("() => window.rtAxe"), AxeResults.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + view.name() + ": " + results.getErrorMessage());
        }
        List<Violation> here = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                here.add(new Violation(view.name(), rule.getId(), String.valueOf(rule.getImpact()), rule.getHelp(),
                        String.valueOf(node.getTarget()), oneLine(node.getHtml(), 200),
                        oneLine(node.getFailureSummary(), 300)));
            }
        }
        if (!views.contains(view.name())) {
            views.add(view.name());
        }
        found.addAll(here);
        return here;
    }

    /** A finding of our own (a size measured in the browser), reported and held like axe's. */
    void add(String view, String rule, String help, String target, String summary) {
        found.add(new Violation(view, rule, "serious", help, target, "", summary));
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
