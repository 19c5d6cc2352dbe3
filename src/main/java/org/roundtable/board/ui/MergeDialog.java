package org.roundtable.board.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.roundtable.access.Caller;
import org.roundtable.board.Note;
import org.roundtable.board.NoteTriage;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;

/** The facilitator merges a duplicate into another note of the event; the duplicate leaves the board. */
final class MergeDialog extends Dialog {

    final Select<Note> into = new Select<>();
    final Button merge = new Button();

    /** @param candidates the notes it may be merged into */
    MergeDialog(NoteTriage triage, Caller caller, LearningEvent event, Note duplicate, List<Note> candidates) {
        addClassName("rt-merge-dialog");
        setHeaderTitle(getTranslation("board.triage.merge-dialog.title"));
        merge.setText(getTranslation("board.triage.merge-dialog.merge"));
        setWidth("min(36rem, 96vw)");
        Paragraph which = new Paragraph(getTranslation("board.triage.merge-dialog.which",
                Texts.label(getLocale(), duplicate.kind()), duplicate.text()));
        which.addClassName("rt-accept-note");
        into.setLabel(getTranslation("board.triage.merge-dialog.into"));
        into.setWidthFull();
        into.setItems(candidates.stream().filter(n -> !n.id().equals(duplicate.id()) && !n.merged() && !n.hidden()).toList());
        into.setItemLabelGenerator(n -> getTranslation("board.triage.merge-dialog.candidate",
                Texts.label(getLocale(), n.kind()), n.byline().label(), shorten(n.text())));
        into.setEmptySelectionAllowed(false);
        add(which, into);
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        merge.addClickListener(click -> {
            try {
                if (into.getValue() == null) {
                    throw InvalidInput.because("board.triage.merge-dialog.choose");
                }
                triage.merge(caller, event.id(), duplicate.id(), into.getValue().id());
                close();
            } catch (InvalidInput | NotAllowed refused) {
                into.setErrorMessage(Refusals.reason(refused, getLocale()));
                into.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("board.triage.cancel"), click -> close()), merge);
    }

    private static String shorten(String text) {
        return text.length() > 70 ? text.substring(0, 70) + "…" : text;
    }
}
