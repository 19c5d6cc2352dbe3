package org.roundtable.event.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.event.Agency;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.ParticipantCapabilities;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/**
 * Joining from a tablet or phone, with no account: the code (typed, or from the link or QR
 * code), then role and agency, and a name only if the person wants to give one. The device then
 * keeps a signed capability for the event, so it gets back in without the code.
 */
@Route("join/:code?")
@PageTitle("Join a learning event · Roundtable")
@AnonymousAllowed
@StyleSheet("themes/tablet.css")
class JoinView extends Main implements BeforeEnterObserver {

    private final LearningEvents events;
    private final Callers callers;
    private final ParticipantCapabilities capabilities;
    private final TextField code = new TextField("Join code");
    private final Paragraph message = new Paragraph();
    private final Div step = new Div();
    private String client = "unknown";

    JoinView(LearningEvents events, Callers callers, ParticipantCapabilities capabilities) {
        this.events = events;
        this.callers = callers;
        this.capabilities = capabilities;
        addClassNames("rt-page", "rt-join");
        step.addClassName("rt-join-step");
        message.addClassName("rt-error");
        message.getElement().setAttribute("role", "alert");
        message.getElement().setAttribute("aria-live", "assertive");
        add(new H1("Join the learning event"), step, message);
        showCodeStep();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            client = request.getRemoteAddr();
        }
        event.getRouteParameters().get("code").ifPresent(typed -> {
            code.setValue(typed);
            next();
        });
    }

    private void showCodeStep() {
        step.removeAll();
        code.setPlaceholder("XXXX-XXXX");
        code.setHelperText("The code is on the projector screen.");
        code.setAutofocus(true);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        Button next = new Button("Next", click -> next());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClickShortcut(Key.ENTER);
        step.add(code, next);
    }

    private void next() {
        try {
            LearningEvent event = events.eventForCode(code.getValue(), client);
            message.setText("");
            showWhoStep(event);
        } catch (InvalidInput e) {
            message.setText(e.getMessage());
        }
    }

    private void showWhoStep(LearningEvent event) {
        step.removeAll();
        TextField role = new TextField("Your role");
        role.setPlaceholder("e.g. Health visitor");
        role.setRequiredIndicatorVisible(true);
        RadioButtonGroup<Agency> agency = new RadioButtonGroup<>("Your agency");
        agency.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        agency.setItems(event.agencies());
        agency.setItemLabelGenerator(Agency::name);
        agency.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(a -> {
            return new Span(new AgencyChip(event, a.code()), new Span(" " + a.name()));
        }));
        TextField name = new TextField("Your name (optional)");
        name.setHelperText("Never shown on the shared screens or in the report.");
        Button join = new Button("Join", click -> {
            try {
                Caller.Participant participant = events.join(code.getValue(), role.getValue(),
                        agency.getValue() == null ? null : agency.getValue().code(), name.getValue(), client);
                callers.rememberParticipant(participant);
                // The click's response is an XHR, which can set the cookie: the device rejoins without the code.
                callers.keepCapability(participant.eventId(), capabilities.issue(participant),
                        ParticipantCapabilities.LIFETIME);
                getUI().ifPresent(ui -> ui.navigate("room/" + participant.eventId()));
            } catch (InvalidInput | NotAllowed e) {
                message.setText(e.getMessage());
            }
        });
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        step.add(new Paragraph(event.pseudonym()), role, agency, name, join);
    }
}
