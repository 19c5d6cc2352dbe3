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
    final TextField username = new TextField(getTranslation("event.note-taker.username"));
    final Button remove = new Button(getTranslation("event.note-taker.remove"));
    final TextField newUsername = new TextField(getTranslation("event.note-taker.new-username"));
    final PasswordField newPassword = new PasswordField(getTranslation("event.note-taker.new-password"));
    final Button create = new Button(getTranslation("event.note-taker.create"));
    final Button createLink = new Button(getTranslation("event.note-taker.create-link"));
    final Button revokeLink = new Button(getTranslation("event.note-taker.revoke-link"));
    final TextField link = new TextField(getTranslation("event.note-taker.link"));
    final Button copyLink = new Button(getTranslation("event.note-taker.copy-link"));
    private final Paragraph linkStatus = new Paragraph();
    private final AccessProperties access;

    NoteTakerSection(EventPreparation preparation, LearningEvents events, Accounts accounts, AccessProperties access,
            Caller caller, String eventId) {
        super("event.note-taker.heading", preparation, caller, eventId);
        this.events = events;
        this.access = access;
        add(new Paragraph(getTranslation("event.note-taker.intro")));
        username.setHelperText(getTranslation("event.note-taker.username-help"));
        add(username);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> {
            try {
                events.removeNoteTaker(caller, eventId);
                showSaved(getTranslation("event.note-taker.removed"));
                load();
            } catch (NotAllowed refused) {
                showRefusal(refused);
            }
        });
        addFooter("event.note-taker.assign", () -> events.assignNoteTaker(caller, eventId, username.getValue()),
                remove);

        newPassword.setHelperText(getTranslation("event.note-taker.password-help", Accounts.MIN_PASSWORD_LENGTH));
        create.addClickListener(click -> {
            try {
                var account = accounts.createNoteTaker(caller, newUsername.getValue(), newPassword.getValue());
                events.assignNoteTaker(caller, eventId, account.username());
                newUsername.clear();
                newPassword.clear();
                showSaved(getTranslation("event.note-taker.created", account.username()));
                load();
            } catch (InvalidInput | NotAllowed refused) {
                showRefusal(refused);
            }
        });
        add(new H3(getTranslation("event.note-taker.create-heading")),
                ListEditor.fieldsSideBySide(newUsername, newPassword), create);
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
        link.setHelperText(getTranslation("event.note-taker.link-help"));
        createLink.addClickListener(click -> act(() -> {
            String secret = events.createNoteTakerLink(caller, eventId);
            link.setValue(baseUrl() + "/notes/" + secret);
            link.setVisible(true);
            copyLink.setVisible(true);
        }, getTranslation("event.note-taker.link-created")));
        revokeLink.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revokeLink.addClickListener(click -> act(() -> {
            events.revokeNoteTakerLink(caller, eventId);
            link.clear();
            link.setVisible(false);
            copyLink.setVisible(false);
        }, getTranslation("event.note-taker.link-revoked")));
        copyLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copyLink.addClickListener(click -> copyLink.getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue()));
        link.setVisible(false);
        copyLink.setVisible(false);
        add(new H3(getTranslation("event.note-taker.link-heading")),
                new Paragraph(getTranslation("event.note-taker.link-intro")),
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
        linkStatus.setText(getTranslation(hasLink ? "event.note-taker.link-in-use" : "event.note-taker.no-link"));
        createLink.setText(getTranslation(hasLink ? "event.note-taker.replace-link" : "event.note-taker.create-link"));
        revokeLink.setVisible(hasLink);
    }
}
