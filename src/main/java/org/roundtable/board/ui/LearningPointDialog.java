package org.roundtable.board.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.LearningPoint;
import org.roundtable.board.LearningPointKind;
import org.roundtable.board.LearningWall;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.MergedTimeline;
import org.roundtable.timeline.TimelineEntry;

/**
 * Writing or changing a learning point: its kind, its text, and the timeline entries it is
 * about. A refused point keeps its text in the field, with the reason beside it.
 */
final class LearningPointDialog extends Dialog {

    final RadioButtonGroup<LearningPointKind> kind = new RadioButtonGroup<>(Texts.get(getLocale(), "board.point-dialog.kind"));
    final TextArea text = new TextArea(Texts.get(getLocale(), "board.point-dialog.text"));
    final MultiSelectComboBox<TimelineEntry> entries = new MultiSelectComboBox<>(
            Texts.get(getLocale(), "board.point-dialog.entries"));
    final Button save;

    /** @param editing the point to change, or null for a new one */
    LearningPointDialog(LearningWall wall, Caller caller, String eventId, MergedTimeline timeline,
            @Nullable LearningPoint editing) {
        addClassName("rt-wall-dialog");
        setHeaderTitle(Texts.get(getLocale(), editing == null ? "board.point-dialog.new" : "board.point-dialog.change"));
        kind.setItems(LearningPointKind.values());
        kind.setItemLabelGenerator(choice -> Texts.label(getLocale(), choice));
        kind.setValue(editing == null ? LearningPointKind.INTER_AGENCY : editing.kind());
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> text.setHelperText(Texts.get(getLocale(), "board.note-dialog.length",
                change.getValue().codePointCount(0, change.getValue().length()), LearningWall.MAX_POINT_LENGTH)));
        text.setValue(editing == null ? "" : editing.text());
        text.setHelperText(Texts.get(getLocale(), "board.note-dialog.length", text.getValue().length(),
                LearningWall.MAX_POINT_LENGTH));
        text.setAutofocus(true);
        entries.setItems(timeline.entries());
        entries.setItemLabelGenerator(item -> TimelineBoard.describe(item, getLocale()));
        entries.setWidthFull();
        entries.setHelperText(Texts.get(getLocale(), "board.point-dialog.optional"));
        if (editing != null) {
            entries.setValue(timeline.entries().stream().filter(e -> editing.entryIds().contains(e.id())).toList());
        }
        add(kind, text, entries);

        save = new Button(Texts.get(getLocale(), editing == null ? "board.point-dialog.add" : "board.point-dialog.save"), click -> {
            List<String> ids = entries.getValue().stream().map(TimelineEntry::id).toList();
            try {
                if (editing == null) {
                    wall.add(caller, eventId, kind.getValue(), text.getValue(), ids);
                } else {
                    wall.edit(caller, eventId, editing.id(), kind.getValue(), text.getValue(), ids);
                }
                Notification.show(Texts.get(getLocale(), "board.point-dialog.saved"), 2000, Notification.Position.BOTTOM_CENTER);
                close();
            } catch (InvalidInput | NotAllowed refused) {
                text.setErrorMessage(Refusals.reason(refused, getLocale()));
                text.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(Texts.get(getLocale(), "board.point-dialog.cancel"), click -> close()), save);
    }
}
