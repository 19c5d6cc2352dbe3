package org.roundtable.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.roundtable.access.Caller;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.board.Perspective;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/**
 * Writing a note on an entry or in a gap. A refused note keeps its text in the field, with the
 * reason shown beside it.
 */
final class NoteDialog extends Dialog {

    final RadioButtonGroup<NoteKind> kind = new RadioButtonGroup<>("Kind of note");
    final RadioButtonGroup<Perspective> perspective = new RadioButtonGroup<>("Is this");
    final TextArea text = new TextArea("Your note");
    final Button send = new Button("Add note");

    NoteDialog(Notes notes, Caller caller, String eventId, NotePlace place, String description) {
        addClassName("rt-note-dialog");
        setHeaderTitle(place.kind() == NotePlace.Kind.ON_ENTRY ? "Note on the timeline" : "A missing event");
        Paragraph where = new Paragraph(description);
        where.addClassName("rt-note-where");
        kind.setItems(NoteKind.values());
        kind.setItemLabelGenerator(NoteKind::label);
        kind.setValue(place.kind() == NotePlace.Kind.ON_ENTRY ? NoteKind.COMMENT : NoteKind.ADDITIONAL_EVENT);
        perspective.setItems(Perspective.values());
        perspective.setItemLabelGenerator(Perspective::label);
        perspective.setValue(Perspective.AT_THE_TIME);
        perspective.setHelperText("The room keeps what was known at the time apart from hindsight.");
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setHelperText("0 / " + Notes.MAX_LENGTH);
        text.addValueChangeListener(change -> text.setHelperText(
                change.getValue().codePointCount(0, change.getValue().length()) + " / " + Notes.MAX_LENGTH));
        text.setAutofocus(true);
        add(where, kind, perspective, text);

        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                notes.add(caller, eventId, place, kind.getValue(), perspective.getValue(), text.getValue());
                Notification.show("Note added", 2000, Notification.Position.BOTTOM_CENTER);
                close();
            } catch (InvalidInput | NotAllowed refused) {
                text.setErrorMessage(refused.getMessage());
                text.setInvalid(true);
            }
        });
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, send);
    }
}
