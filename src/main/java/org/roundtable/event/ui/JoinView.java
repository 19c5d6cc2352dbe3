package org.roundtable.event.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;

/**
 * Joining from a tablet or phone, with no account: the code (typed, or from the link or QR
 * code), then role and agency, and a name only if the person wants to give one. The device then
 * keeps a signed capability for the event, so it gets back in without the code. The page speaks
 * the person's chosen language, else their browser's until the code is known, then the event's
 * default.
 */
@Route("join/:code?")
@AnonymousAllowed
@StyleSheet("themes/tablet.css")
class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningEvents events;
    private final Callers callers;
    private final ParticipantCapabilities capabilities;
    private final TextField code = new TextField();
    private final H1 heading = new H1();
    private final LanguageChoice language = new LanguageChoice();
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
        add(new Header(heading, language), step, message);
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
        heading.setText(getTranslation("event.join.heading"));
        code.setLabel(getTranslation("event.join.code"));
        code.setPlaceholder("XXXX-XXXX"); // not text: the code's shape
        code.setHelperText(getTranslation("event.join.code-help"));
        code.setAutofocus(true);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        Button next = new Button(getTranslation("event.join.next"), click -> next());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClickShortcut(Key.ENTER);
        step.add(code, next);
    }

    private void next() {
        try {
            LearningEvent event = events.eventForCode(code.getValue(), client);
            message.setText("");
            speakTheEventsLanguage(event);
            showWhoStep(event);
        } catch (InvalidInput e) {
            message.setText(e.messageIn(getLocale()));
        }
    }

    /** Without a choice on this device, the page now speaks the event's default language. */
    private void speakTheEventsLanguage(LearningEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        LanguageChoice.useEventDefault(ui, events.language(event));
        heading.setText(getTranslation("event.join.heading"));
        language.setValue(Texts.supported(ui.getLocale()));
        ui.getPage().setTitle(getPageTitle());
    }

    private void showWhoStep(LearningEvent event) {
        step.removeAll();
        TextField role = new TextField(getTranslation("event.join.role"));
        role.setPlaceholder(getTranslation("event.join.role-example"));
        role.setRequiredIndicatorVisible(true);
        RadioButtonGroup<Agency> agency = new RadioButtonGroup<>(getTranslation("event.join.agency"));
        agency.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        agency.setItems(event.agencies());
        agency.setItemLabelGenerator(Agency::name);
        agency.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(a -> {
            return new Span(new AgencyChip(event, a.code()), new Span(" " + a.name()));
        }));
        TextField name = new TextField(getTranslation("event.join.name"));
        name.setHelperText(getTranslation("event.join.name-help"));
        Button join = new Button(getTranslation("event.join.join"), click -> {
            try {
                Caller.Participant participant = events.join(code.getValue(), role.getValue(),
                        agency.getValue() == null ? null : agency.getValue().code(), name.getValue(), client);
                callers.rememberParticipant(participant);
                // The click's response is an XHR, which can set the cookie: the device rejoins without the code.
                callers.keepCapability(participant.eventId(), capabilities.issue(participant),
                        ParticipantCapabilities.LIFETIME);
                getUI().ifPresent(ui -> ui.navigate("room/" + participant.eventId()));
            } catch (InvalidInput e) {
                message.setText(e.messageIn(getLocale()));
            } catch (NotAllowed e) {
                message.setText(e.messageIn(getLocale()));
            }
        });
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        step.add(new Paragraph(event.pseudonym()), role, agency, name, join);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.join.title");
    }
}
