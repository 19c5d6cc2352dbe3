package org.roundtable.event.ui;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.roundtable.access.Caller;
import org.roundtable.event.EventPreparation;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;

/**
 * One part of the event's preparation: a heading, its fields, a save button, and a message
 * (read out by screen readers) saying it was saved or why not.
 */
abstract class SetupSection extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    protected final EventPreparation preparation;
    protected final Caller caller;
    protected final String eventId;
    private final Paragraph error = new Paragraph();
    private final Paragraph status = new Paragraph();

    /** @param headingKey the key of the section's heading */
    SetupSection(String headingKey, EventPreparation preparation, Caller caller, String eventId) {
        this.preparation = preparation;
        this.caller = caller;
        this.eventId = eventId;
        addClassName("rt-setup-section");
        getStyle().set("max-width", "60rem");
        error.addClassName("rt-error");
        error.getElement().setAttribute("role", "alert");
        status.addClassName("rt-saved");
        status.getElement().setAttribute("role", "status");
        add(new H2(getTranslation(headingKey)));
    }

    /** Reads what is saved into the fields. */
    abstract void load();

    /** The save button (its label's key) and the messages, at the end of the section. */
    protected void addFooter(String saveLabelKey, Runnable save, Component... more) {
        Button button = new Button(getTranslation(saveLabelKey), click -> save(save));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("rt-save");
        HorizontalLayout buttons = new HorizontalLayout(button);
        buttons.add(more);
        add(error, buttons, status);
    }

    private void save(Runnable save) {
        try {
            save.run();
            error.setText("");
            status.setText(getTranslation("event.setup.saved-at",
                    TIME.format(ZonedDateTime.now(ZoneId.of("Europe/London")))));
            load();
        } catch (InvalidInput | NotAllowed refused) {
            showRefusal(refused);
        }
    }

    /** The messages alone, for a section that saves without a save button. */
    protected void addMessages() {
        add(error, status);
    }

    /** Shows a refusal that did not come from the save button (an upload, a toggle). */
    protected void showRefusal(RuntimeException refused) {
        status.setText("");
        error.setText(Texts.reason(refused, getLocale()));
    }

    protected void showSaved(String message) {
        error.setText("");
        status.setText(message);
    }
}
