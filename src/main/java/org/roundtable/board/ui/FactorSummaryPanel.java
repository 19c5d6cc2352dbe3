package org.roundtable.board.ui;

import java.util.Objects;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.EntryAnalyses;
import org.roundtable.board.Factor;
import org.roundtable.board.FactorSummary;
import org.roundtable.board.InterventionMode;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.Texts;

/**
 * For the console and the projector: how often each factor and each intervention mode was
 * recorded in the room's analysis, by the agency of the analysed entry, as a plain table (counts
 * only, never who analysed). The projector mode uses type that reads across a room.
 */
final class FactorSummaryPanel extends Section implements LivePart {

    /** Which screen shows the panel. */
    enum Mode {
        CONSOLE, PROJECTOR
    }

    private final EntryAnalyses analyses;
    private final Caller caller;
    private final LearningEvent event;
    private final NativeTable table = new NativeTable();
    private final Paragraph empty = new Paragraph(Texts.get(getLocale(), "board.factor-summary.empty"));
    private @Nullable FactorSummary shown;

    FactorSummaryPanel(EntryAnalyses analyses, Caller caller, LearningEvent event, Mode mode) {
        this.analyses = analyses;
        this.caller = caller;
        this.event = event;
        addClassNames("rt-factor-summary", mode == Mode.PROJECTOR ? "rt-factor-summary-projector"
                : "rt-factor-summary-console");
        getElement().setAttribute("aria-label", Texts.get(getLocale(), "board.factor-summary.title"));
        table.addClassName("rt-factor-table");
        empty.addClassName("rt-factor-summary-empty");
        add(new H2(Texts.get(getLocale(), "board.factor-summary.title")), empty, table);
        refresh();
    }

    @Override
    public void refresh() {
        FactorSummary summary = analyses.factorSummaryFor(caller, event.id());
        if (Objects.equals(summary, shown)) {
            return;
        }
        shown = summary;
        empty.setVisible(summary.isEmpty());
        table.removeAll();

        NativeTableRow headings = new NativeTableRow();
        headings.add(new NativeTableHeaderCell(Texts.get(getLocale(), "board.factor-summary.agency")),
                new NativeTableHeaderCell(Texts.get(getLocale(), "board.factor-summary.analysed")));
        for (Factor factor : Factor.values()) {
            headings.add(new NativeTableHeaderCell(Texts.label(getLocale(), factor)));
        }
        for (InterventionMode mode : InterventionMode.values()) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(Texts.label(getLocale(), mode));
            cell.addClassName("rt-mode-heading");
            headings.add(cell);
        }
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(headings);

        NativeTableBody body = new NativeTableBody();
        for (FactorSummary.AgencyCounts row : summary.agencies()) {
            NativeTableRow line = new NativeTableRow();
            NativeTableHeaderCell agency = new NativeTableHeaderCell(new AgencyChip(event, row.agencyCode()));
            agency.getElement().setAttribute("scope", "row");
            line.add(agency, count(row.analysed()));
            for (Factor factor : Factor.values()) {
                line.add(count(row.count(factor)));
            }
            for (InterventionMode mode : InterventionMode.values()) {
                line.add(count(row.count(mode)));
            }
            body.addRows(line);
        }
        NativeTableRow totals = new NativeTableRow();
        totals.addClassName("rt-factor-totals");
        totals.add(new NativeTableHeaderCell(Texts.get(getLocale(), "board.factor-summary.all-agencies")), count(summary.agencies().stream()
                .mapToInt(FactorSummary.AgencyCounts::analysed).sum()));
        for (Factor factor : Factor.values()) {
            totals.add(count(summary.total(factor)));
        }
        for (InterventionMode mode : InterventionMode.values()) {
            totals.add(count(summary.total(mode)));
        }
        body.addRows(totals);
        table.add(head, body);
    }

    private static NativeTableCell count(int count) {
        NativeTableCell cell = new NativeTableCell(Integer.toString(count));
        cell.addClassName(count == 0 ? "rt-count-zero" : "rt-count");
        return cell;
    }
}
