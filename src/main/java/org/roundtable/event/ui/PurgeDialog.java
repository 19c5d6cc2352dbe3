package org.roundtable.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/**
 * Asks the facilitator to type the case pseudonym before a closed event is purged for good
 * (on the facilitator's list of events). A refusal keeps the dialog and the typed text.
 */
class PurgeDialog extends Dialog {

    PurgeDialog(LearningEvents events, Caller caller, LearningEvent event, Runnable purged) {
        setHeaderTitle("Purge " + event.pseudonym() + "?");
        addClassName("rt-purge-dialog");
        TextField confirmation = new TextField("Type the case pseudonym to confirm");
        confirmation.setWidthFull();
        confirmation.setMaxLength(80);
        Button purge = new Button("Purge this event for good", click -> {
            try {
                events.purge(caller, event.id(), confirmation.getValue());
                close();
                purged.run();
            } catch (InvalidInput | NotAllowed refused) {
                confirmation.setInvalid(true);
                confirmation.setErrorMessage(refused.getMessage());
            }
        });
        purge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        add(new Paragraph("Purging removes everything recorded for this event from every server: the timeline, "
                        + "notes, groups' work, the learning wall and who joined. It cannot be undone."),
                new Paragraph("Download the export first if the review still needs the record. Only the fact that "
                        + "the event was purged, by you and when, is kept."),
                confirmation);
        getFooter().add(cancel, purge);
        addOpenedChangeListener(opened -> confirmation.focus());
    }
}
