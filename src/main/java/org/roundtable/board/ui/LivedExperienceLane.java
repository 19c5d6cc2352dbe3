package org.roundtable.board.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.LivedExperience;
import org.roundtable.board.LivedExperienceEntry;
import org.roundtable.board.LivedPeriod;
import org.roundtable.board.LivedPeriodLength;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.ComponentTexts;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.TabStrips;
import org.roundtable.shared.Texts;

/**
 * The child's lived experience: the periods of the child's life as a vertical lane of cards,
 * each with what the room wrote about daily life then. For the tablet (write into a period), the
 * console (also define or generate the periods, hide entries) and the projector (large, made to
 * sit in a narrow column, about a third of the screen, beside the timeline). See {@link Mode}.
 * The child's date of birth is only ever typed and shown on the console.
 */
final class LivedExperienceLane extends Section implements LivePart {

    /** Which screen the lane sits on. */
    enum Mode {
        TABLET, CONSOLE, PROJECTOR
    }


    private record Shown(List<LivedPeriod> periods, List<LivedExperienceEntry> entries) {
    }

    private final LivedExperience lived;
    private final Caller caller;
    private final LearningEvent event;
    private final Mode mode;
    private final Div lane = new Div();
    private @Nullable Shown shown;

    LivedExperienceLane(LivedExperience lived, Caller caller, LearningEvent event, Mode mode) {
        this.lived = lived;
        this.caller = caller;
        this.event = event;
        this.mode = mode;
        addClassNames("rt-lived", "rt-lived-" + mode.name().toLowerCase(Locale.ROOT));
        FocusAfterRedraw.keepIn(this);
        getElement().setAttribute("aria-label", Texts.get(getLocale(), "board.lane.title"));
        Header header = new Header(new H2(Texts.get(getLocale(), "board.lane.title")));
        header.addClassName("rt-lived-header");
        if (mode == Mode.CONSOLE) {
            Button add = new Button(Texts.get(getLocale(), "board.lane.add-period"), click -> periodDialog(null));
            Button generate = new Button(Texts.get(getLocale(), "board.lane.generate-menu"), click -> generateDialog());
            header.add(add, generate);
        }
        lane.addClassName("rt-lived-lane");
        add(header, lane);
        refresh();
    }

    @Override
    public void refresh() {
        Shown now = new Shown(lived.periodsFor(caller, event.id()), lived.entriesFor(caller, event.id()));
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        lane.removeAll();
        if (now.periods().isEmpty()) {
            lane.add(new Paragraph(Texts.get(getLocale(), mode == Mode.CONSOLE ? "board.lane.empty-console"
                    : "board.lane.empty")));
        }
        for (LivedPeriod period : now.periods()) {
            lane.add(periodCard(period, now.entries().stream().filter(e -> e.periodId().equals(period.id())).toList()));
        }
    }

    private Div periodCard(LivedPeriod period, List<LivedExperienceEntry> entries) {
        Div card = new Div();
        card.addClassName("rt-lived-period");
        card.getElement().setAttribute("data-period-id", period.id());
        Div head = new Div(new H3(period.label(getLocale())));
        head.addClassName("rt-lived-period-head");
        dates(period).ifPresent(text -> {
            Span dates = new Span(text);
            dates.addClassName("rt-lived-dates");
            head.add(dates);
        });
        if (mode == Mode.CONSOLE) {
            head.add(periodMenu(period, entries.isEmpty()));
        }
        card.add(head);
        for (LivedExperienceEntry entry : entries) {
            card.add(entryCard(entry));
        }
        if (mode != Mode.PROJECTOR) {
            Button write = FocusAfterRedraw.mark(new Button(Texts.get(getLocale(), "board.lane.write"),
                    click -> entryDialog(period, null)), "write:" + period.id());
            write.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            write.addClassName("rt-lived-write");
            write.setAriaLabel(Texts.get(getLocale(), "board.lane.write-about", period.label(getLocale())));
            card.add(write);
        }
        return card;
    }

    /** Days are shown for calendar periods, and for age bands on the console only (they give away the birthday). */
    private Optional<String> dates(LivedPeriod period) {
        if (period.from() == null && period.to() == null) {
            return Optional.empty();
        }
        if (period.ageBand() && mode != Mode.CONSOLE) {
            return Optional.empty();
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", getLocale());
        String from = period.from() == null ? "…" : day.format(period.from());
        String to = period.to() == null ? "…" : day.format(period.to());
        return Optional.of(from + " – " + to);
    }

    private Div entryCard(LivedExperienceEntry entry) {
        Div card = new Div();
        card.addClassName("rt-lived-entry");
        card.getElement().setAttribute("data-entry-id", entry.id());
        Div head = new Div(AgencyChip.of(event, entry.by()));
        head.addClassName("rt-lived-entry-head");
        if (entry.hidden()) {
            Span hidden = new Span(Texts.get(getLocale(), "board.wall.hidden"));
            hidden.addClassName("rt-lived-hidden-label");
            head.add(hidden);
            card.addClassName("rt-lived-entry-hidden");
        }
        if (mode != Mode.PROJECTOR && (entry.by().yours() || mode == Mode.CONSOLE)) {
            head.add(entryMenu(entry));
        }
        Paragraph text = new Paragraph(entry.text());
        text.addClassName("rt-lived-entry-text");
        card.add(head, text);
        return card;
    }

    private Component entryMenu(LivedExperienceEntry entry) {
        Button more = FocusAfterRedraw.mark(menuButton(Texts.get(getLocale(), "board.lane.entry-actions")),
                "entry-menu:" + entry.id());
        ContextMenu menu = new ContextMenu(more);
        menu.setOpenOnClick(true);
        if (entry.by().yours()) {
            menu.addItem(Texts.get(getLocale(), "board.wall.edit-menu"), click -> entryDialog(null, entry));
            menu.addItem(Texts.get(getLocale(), "board.wall.withdraw"), click -> WallDialogs.attempt(() -> lived.withdrawEntry(caller, event.id(),
                    entry.id())));
        }
        if (mode == Mode.CONSOLE) {
            menu.addItem(Texts.get(getLocale(), entry.hidden() ? "board.wall.show-again" : "board.wall.hide"), click -> WallDialogs.attempt(
                    () -> lived.hideEntry(caller, event.id(), entry.id(), !entry.hidden())));
        }
        return more;
    }

    private Component periodMenu(LivedPeriod period, boolean empty) {
        Button more = FocusAfterRedraw.mark(menuButton(Texts.get(getLocale(), "board.lane.period-actions",
                period.label(getLocale()))), "period-menu:" + period.id());
        ContextMenu menu = new ContextMenu(more);
        menu.setOpenOnClick(true);
        menu.addItem(Texts.get(getLocale(), "board.wall.edit-menu"), click -> periodDialog(period));
        if (empty) {
            menu.addItem(Texts.get(getLocale(), "board.lane.remove"), click -> WallDialogs.attempt(() -> lived.removePeriod(caller, event.id(),
                    period.id())));
        }
        return more;
    }

    /** Writing a new entry into {@code period}, or changing {@code editing}; refused text stays in the field. */
    private void entryDialog(@Nullable LivedPeriod period, @Nullable LivedExperienceEntry editing) {
        Dialog dialog = new Dialog();
        dialog.addClassName("rt-wall-dialog");
        dialog.setHeaderTitle(period != null
                ? Texts.get(getLocale(), "board.lane.entry-title", period.label(getLocale()))
                : Texts.get(getLocale(), "board.lane.entry-change"));
        TextArea text = new TextArea(Texts.get(getLocale(), "board.lane.entry-label"));
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValue(editing == null ? "" : editing.text());
        text.setHelperText(Texts.get(getLocale(), "board.note-dialog.length", text.getValue().length(),
                LivedExperienceEntry.MAX_LENGTH));
        text.addValueChangeListener(change -> text.setHelperText(Texts.get(getLocale(), "board.note-dialog.length",
                change.getValue().codePointCount(0, change.getValue().length()), LivedExperienceEntry.MAX_LENGTH)));
        text.setAutofocus(true);
        dialog.add(text);
        Button save = new Button(Texts.get(getLocale(), editing == null ? "board.lane.add" : "board.lane.save"), click -> {
            try {
                if (editing == null) {
                    lived.addEntry(caller, event.id(), Objects.requireNonNull(period).id(), text.getValue());
                } else {
                    lived.editEntry(caller, event.id(), editing.id(), text.getValue());
                }
                Notification.show(Texts.get(getLocale(), "board.lane.saved"), 2000, Notification.Position.BOTTOM_CENTER);
                dialog.close();
            } catch (InvalidInput | NotAllowed refused) {
                text.setErrorMessage(Refusals.reason(refused, getLocale()));
                text.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(Texts.get(getLocale(), "board.wall.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** A facilitator adds a period, or changes one. */
    private void periodDialog(@Nullable LivedPeriod editing) {
        Dialog dialog = new Dialog();
        dialog.addClassName("rt-wall-dialog");
        dialog.setHeaderTitle(Texts.get(getLocale(), editing == null ? "board.lane.add-period" : "board.lane.change-period"));
        TextField label = new TextField(Texts.get(getLocale(), "board.lane.period-name"));
        label.setMaxLength(LivedPeriod.MAX_LABEL_LENGTH);
        label.setWidthFull();
        label.setAutofocus(true);
        label.setHelperText(Texts.get(getLocale(), "board.lane.period-name-help"));
        DatePicker from = new DatePicker(Texts.get(getLocale(), "board.lane.from"));
        DatePicker to = new DatePicker(Texts.get(getLocale(), "board.lane.to"));
        from.setI18n(ComponentTexts.datePicker(getLocale()));
        to.setI18n(ComponentTexts.datePicker(getLocale()));
        if (editing != null) {
            label.setValue(editing.label(getLocale()));
            from.setValue(editing.from());
            to.setValue(editing.to());
        }
        dialog.add(label, from, to);
        Button save = new Button(Texts.get(getLocale(), editing == null ? "board.lane.add" : "board.lane.save"), click -> {
            try {
                if (editing == null) {
                    lived.addPeriod(caller, event.id(), label.getValue(), from.getValue(), to.getValue());
                } else {
                    lived.editPeriod(caller, event.id(), editing.id(), label.getValue(), from.getValue(), to.getValue());
                }
                dialog.close();
            } catch (InvalidInput | NotAllowed refused) {
                label.setErrorMessage(Refusals.reason(refused, getLocale()));
                label.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(Texts.get(getLocale(), "board.wall.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** A facilitator generates the periods from the timeline's span or from the child's date of birth. */
    private void generateDialog() {
        Dialog dialog = new Dialog();
        dialog.addClassName("rt-wall-dialog");
        dialog.setHeaderTitle(Texts.get(getLocale(), "board.lane.generate-title"));
        Paragraph note = new Paragraph(Texts.get(getLocale(), "board.lane.generate-note"));

        Select<Optional<LivedPeriodLength>> length = new Select<>();
        length.setLabel(Texts.get(getLocale(), "board.lane.length"));
        length.setItems(Optional.empty(), Optional.of(LivedPeriodLength.SIX_MONTHS), Optional.of(LivedPeriodLength.YEAR),
                Optional.of(LivedPeriodLength.TWO_YEARS), Optional.of(LivedPeriodLength.FIVE_YEARS));
        length.setItemLabelGenerator(l -> l.map(choice -> Texts.label(getLocale(), choice))
                .orElse(Texts.get(getLocale(), "board.lane.length-automatic")));
        length.setValue(Optional.empty());
        Button bySpan = new Button(Texts.get(getLocale(), "board.lane.generate-by-span"), click -> {
            try {
                lived.generateFromTimeline(caller, event.id(), length.getValue().orElse(null));
                dialog.close();
            } catch (InvalidInput | NotAllowed refused) {
                length.setErrorMessage(Refusals.reason(refused, getLocale()));
                length.setInvalid(true);
            }
        });
        Div spanTab = new Div(length, bySpan);

        DatePicker born = new DatePicker(Texts.get(getLocale(), "board.lane.date-of-birth"));
        born.setI18n(ComponentTexts.datePicker(getLocale()));
        born.setHelperText(Texts.get(getLocale(), "board.lane.date-of-birth-help"));
        born.setMax(event.date());
        lived.dateOfBirthFor(caller, event.id()).ifPresent(born::setValue);
        Button byAge = new Button(Texts.get(getLocale(), "board.lane.generate-by-age"), click -> {
            LocalDate value = born.getValue();
            try {
                lived.generateByAge(caller, event.id(), value);
                dialog.close();
            } catch (InvalidInput | NotAllowed refused) {
                born.setErrorMessage(Refusals.reason(refused, getLocale()));
                born.setInvalid(true);
            }
        });
        Div ageTab = new Div(born, byAge);

        TabSheet tabs = TabStrips.withWholeTablist(new TabSheet());
        tabs.add(Texts.get(getLocale(), "board.lane.by-span"), spanTab);
        tabs.add(Texts.get(getLocale(), "board.lane.by-age"), ageTab);
        dialog.add(note, tabs);
        dialog.getFooter().add(new Button(Texts.get(getLocale(), "board.wall.cancel"), click -> dialog.close()));
        dialog.open();
    }

    private static Button menuButton(String label) {
        Button more = new Button("⋯");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClassName("rt-wall-menu");
        more.setAriaLabel(label);
        return more;
    }
}
