package org.roundtable.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.roundtable.access.AccessProperties;
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
    final Button createLink = new Button("Create a note-taker link");
    final Button revokeLink = new Button("Revoke the link");
    final TextField link = new TextField("The note-taker link");
    final Button copyLink = new Button("Copy the link");
    private final Paragraph linkStatus = new Paragraph();
    private final AccessProperties access;

    NoteTakerSection(EventPreparation preparation, LearningEvents events, Accounts accounts, AccessProperties access,
            Caller caller, String eventId) {
        super("Note-taker", preparation, caller, eventId);
        this.events = events;
        this.access = access;
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
        addLinkPart();
        load();
    }

    /**
     * A link instead of an account, for a note-taker without one: whoever opens it keeps the
     * record until it is revoked or replaced, or the event is purged. It is shown only once,
     * as only a hash of it is kept.
     */
    private void addLinkPart() {
        linkStatus.getElement().setAttribute("role", "status");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setHelperText("Shown only now: copy it and give it to the note-taker privately. Anyone with it can "
                + "read every contribution and write the record.");
        createLink.addClickListener(click -> act(() -> {
            String secret = events.createNoteTakerLink(caller, eventId);
            link.setValue(baseUrl() + "/notes/" + secret);
            link.setVisible(true);
            copyLink.setVisible(true);
        }, "A new note-taker link was created; any earlier link no longer works."));
        revokeLink.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revokeLink.addClickListener(click -> act(() -> {
            events.revokeNoteTakerLink(caller, eventId);
            link.clear();
            link.setVisible(false);
            copyLink.setVisible(false);
        }, "The note-taker link was revoked."));
        copyLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copyLink.addClickListener(click -> copyLink.getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue()));
        link.setVisible(false);
        copyLink.setVisible(false);
        add(new H3("Or a note-taker link"), new Paragraph("A note-taker without an account can keep the record "
                + "through a private link. It works until you revoke or replace it, also after the event closes."),
                linkStatus, link, new HorizontalLayout(createLink, copyLink, revokeLink));
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            showSaved(done);
            load();
        } catch (InvalidInput | NotAllowed refused) {
            showRefusal(refused);
        }
    }

    private String baseUrl() {
        if (access.publicUrl() != null) {
            return access.publicUrl().replaceAll("/+$", "");
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        String url = http.getScheme() + "://" + http.getServerName();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return (defaultPort ? url : url + ":" + http.getServerPort()) + http.getContextPath();
    }

    @Override
    void load() {
        String assigned = events.noteTakerOf(caller, eventId).orElse("");
        username.setValue(assigned);
        remove.setVisible(!assigned.isEmpty());
        boolean hasLink = events.hasNoteTakerLink(caller, eventId);
        linkStatus.setText(hasLink ? "A note-taker link is in use." : "There is no note-taker link.");
        createLink.setText(hasLink ? "Replace the link" : "Create a note-taker link");
        revokeLink.setVisible(hasLink);
    }
}
