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
import org.roundtable.timeline.MergedTimeline;
import org.roundtable.timeline.TimelineEntry;

/**
 * Writing or changing a learning point: its kind, its text, and the timeline entries it is
 * about. A refused point keeps its text in the field, with the reason beside it.
 */
final class LearningPointDialog extends Dialog {

    final RadioButtonGroup<LearningPointKind> kind = new RadioButtonGroup<>("Kind of learning");
    final TextArea text = new TextArea("Learning point");
    final MultiSelectComboBox<TimelineEntry> entries = new MultiSelectComboBox<>("About these timeline entries");
    final Button save;

    /** @param editing the point to change, or null for a new one */
    LearningPointDialog(LearningWall wall, Caller caller, String eventId, MergedTimeline timeline,
            @Nullable LearningPoint editing) {
        addClassName("rt-wall-dialog");
        setHeaderTitle(editing == null ? "A learning point" : "Change the learning point");
        kind.setItems(LearningPointKind.values());
        kind.setItemLabelGenerator(LearningPointKind::label);
        kind.setValue(editing == null ? LearningPointKind.INTER_AGENCY : editing.kind());
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> text.setHelperText(
                change.getValue().codePointCount(0, change.getValue().length()) + " / " + LearningWall.MAX_POINT_LENGTH));
        text.setValue(editing == null ? "" : editing.text());
        text.setHelperText(text.getValue().length() + " / " + LearningWall.MAX_POINT_LENGTH);
        text.setAutofocus(true);
        entries.setItems(timeline.entries());
        entries.setItemLabelGenerator(LearningPointDialog::describe);
        entries.setWidthFull();
        entries.setHelperText("Optional");
        if (editing != null) {
            entries.setValue(timeline.entries().stream().filter(e -> editing.entryIds().contains(e.id())).toList());
        }
        add(kind, text, entries);

        save = new Button(editing == null ? "Add to the wall" : "Save", click -> {
            List<String> ids = entries.getValue().stream().map(TimelineEntry::id).toList();
            try {
                if (editing == null) {
                    wall.add(caller, eventId, kind.getValue(), text.getValue(), ids);
                } else {
                    wall.edit(caller, eventId, editing.id(), kind.getValue(), text.getValue(), ids);
                }
                Notification.show("Learning point saved", 2000, Notification.Position.BOTTOM_CENTER);
                close();
            } catch (InvalidInput | NotAllowed refused) {
                text.setErrorMessage(refused.getMessage());
                text.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    static String describe(TimelineEntry entry) {
        String text = entry.whatHappened();
        return entry.when() + ", " + entry.agencyCode() + ": " + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }
}
