package org.roundtable.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.LearningEvents;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/**
 * The account the event's note-taker signs in with: assigned by its user name, or created here
 * and assigned at once. The note-taker sees every contribution and keeps the record, but does
 * not run the room.
 */
final class NoteTakerSection extends SetupSection {

    private final LearningEvents events;
    final TextField username = new TextField("Note-taker's account (user name)");
    final Button remove = new Button("Remove the note-taker");
    final TextField newUsername = new TextField("User name");
    final PasswordField newPassword = new PasswordField("Password");
    final Button create = new Button("Create and assign the account");

    NoteTakerSection(EventPreparation preparation, LearningEvents events, Accounts accounts, Caller caller,
            String eventId) {
        super("Note-taker", preparation, caller, eventId);
        this.events = events;
        add(new Paragraph("The note-taker signs in with their own account and keeps the record of the day. They see "
                + "every contribution, private and hidden ones too, but cannot run the room."));
        username.setHelperText("The account must be a note-taker's account.");
        add(username);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> {
            try {
                events.removeNoteTaker(caller, eventId);
                showSaved("The note-taker was removed.");
                load();
            } catch (NotAllowed refused) {
                showRefusal(refused);
            }
        });
        addFooter("Assign the note-taker", () -> events.assignNoteTaker(caller, eventId, username.getValue()),
                remove);

        newPassword.setHelperText("At least " + Accounts.MIN_PASSWORD_LENGTH + " characters.");
        create.addClickListener(click -> {
            try {
                var account = accounts.createNoteTaker(caller, newUsername.getValue(), newPassword.getValue());
                events.assignNoteTaker(caller, eventId, account.username());
                newUsername.clear();
                newPassword.clear();
                showSaved("The account " + account.username() + " was created and assigned.");
                load();
            } catch (InvalidInput | NotAllowed refused) {
                showRefusal(refused);
            }
        });
        add(new H3("Create a note-taker account"), ListEditor.fieldsSideBySide(newUsername, newPassword), create);
        load();
    }

    @Override
    void load() {
        String assigned = events.noteTakerOf(caller, eventId).orElse("");
        username.setValue(assigned);
        remove.setVisible(!assigned.isEmpty());
    }
}
