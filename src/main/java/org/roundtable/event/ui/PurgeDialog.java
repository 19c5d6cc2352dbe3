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
import org.roundtable.shared.Texts;

/**
 * Asks the facilitator to type the case pseudonym before a closed event is purged for good
 * (on the facilitator's list of events). A refusal keeps the dialog and the typed text.
 */
class PurgeDialog extends Dialog {

    PurgeDialog(LearningEvents events, Caller caller, LearningEvent event, Runnable purged) {
        setHeaderTitle(getTranslation("event.purge.title", event.pseudonym()));
        addClassName("rt-purge-dialog");
        TextField confirmation = new TextField(getTranslation("event.purge.confirm"));
        confirmation.setWidthFull();
        confirmation.setMaxLength(80);
        Button purge = new Button(getTranslation("event.purge.button"), click -> {
            try {
                events.purge(caller, event.id(), confirmation.getValue());
                close();
                purged.run();
            } catch (InvalidInput | NotAllowed refused) {
                confirmation.setInvalid(true);
                confirmation.setErrorMessage(Texts.reason(refused, getLocale()));
            }
        });
        purge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("event.purge.cancel"), click -> close());
        add(new Paragraph(getTranslation("event.purge.what")),
                new Paragraph(getTranslation("event.purge.export-first")),
                confirmation);
        getFooter().add(cancel, purge);
        addOpenedChangeListener(opened -> confirmation.focus());
    }
}
