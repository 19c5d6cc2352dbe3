package org.roundtable.board.ui;

import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.EntryAnalyses;
import org.roundtable.board.EntryAnalysis;
import org.roundtable.board.Factor;
import org.roundtable.board.InterventionMode;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.TimelineEntry;

/**
 * For the console and the tablets: the room's analysis of one timeline entry: the factors, the
 * intervention mode and "reasonable alternative actions". It shows who set it last and when; while
 * it is open, someone else's newer analysis replaces the fields only if nothing was changed here
 * yet, so typed text is never lost. A refused save keeps everything typed, with the reason shown.
 */
final class AnalysisDialog extends Dialog implements LivePart {

    final CheckboxGroup<Factor> factors = new CheckboxGroup<>(Texts.get(getLocale(), "board.analysis.factors"));
    final RadioButtonGroup<InterventionMode> mode = new RadioButtonGroup<>(Texts.get(getLocale(), "board.analysis.mode"));
    final TextArea alternatives = new TextArea(Texts.get(getLocale(), "board.analysis.alternatives"));
    final Paragraph lastSet = new Paragraph();
    final Button save = new Button(Texts.get(getLocale(), "board.analysis.save"));
    private final EntryAnalyses analyses;
    private final Caller caller;
    private final LearningEvent event;
    private final TimelineEntry entry;
    private boolean touched;
    private @Nullable EntryAnalysis shown;

    AnalysisDialog(EntryAnalyses analyses, Caller caller, LearningEvent event, TimelineEntry entry) {
        this.analyses = analyses;
        this.caller = caller;
        this.event = event;
        this.entry = entry;
        addClassName("rt-analysis-dialog");
        setHeaderTitle(Texts.get(getLocale(), "board.analysis.title"));
        setWidth("min(40rem, 96vw)"); // not text: a CSS size
        Paragraph where = new Paragraph(TimelineBoard.describe(entry, getLocale()));
        where.addClassName("rt-note-where");
        factors.setItems(Factor.values());
        factors.setItemLabelGenerator(choice -> Texts.label(getLocale(), choice));
        factors.setHelperText(Texts.get(getLocale(), "board.analysis.factors-help"));
        mode.setItems(InterventionMode.values());
        mode.setItemLabelGenerator(choice -> Texts.label(getLocale(), choice));
        alternatives.setWidthFull();
        alternatives.setMinHeight("6em");
        alternatives.setValueChangeMode(ValueChangeMode.LAZY);
        alternatives.setHelperText(Texts.get(getLocale(), "board.analysis.alternatives-help",
                EntryAnalyses.MAX_ALTERNATIVES_LENGTH));
        lastSet.addClassName("rt-analysis-last-set");
        factors.addValueChangeListener(change -> touched |= change.isFromClient());
        mode.addValueChangeListener(change -> touched |= change.isFromClient());
        alternatives.addValueChangeListener(change -> touched |= change.isFromClient());
        add(where, factors, mode, alternatives, lastSet);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                analyses.analyse(caller, event.id(), entry.id(), Set.copyOf(factors.getValue()), mode.getValue(),
                        alternatives.getValue());
                Notification.show(Texts.get(getLocale(), "board.analysis.saved"), 2000, Notification.Position.BOTTOM_CENTER);
                close();
            } catch (InvalidInput | NotAllowed refused) {
                alternatives.setErrorMessage(Texts.reason(refused, getLocale()));
                alternatives.setInvalid(true);
            }
        });
        getFooter().add(new Button(Texts.get(getLocale(), "board.analysis.cancel"), click -> close()), save);
        refresh();
    }

    @Override
    public void refresh() {
        EntryAnalysis latest = analyses.analysesFor(caller, event.id()).get(entry.id());
        if (Objects.equals(latest, shown)) {
            return;
        }
        shown = latest;
        lastSet.setText(latest == null ? Texts.get(getLocale(), "board.analysis.not-yet")
                : Texts.get(getLocale(), latest.byline().yours() ? "board.analysis.last-set-by-you" : "board.analysis.last-set",
                        latest.byline().label(), DateTimeFormatter.ofPattern("d MMM, HH:mm", getLocale())
                                .format(latest.at().atZone(TimelineBoard.LONDON))));
        if (!touched) {
            factors.setValue(latest == null ? Set.of() : latest.factors());
            mode.setValue(latest == null ? null : latest.mode());
            alternatives.setValue(latest == null || latest.alternatives() == null ? "" : latest.alternatives());
        }
    }
}
