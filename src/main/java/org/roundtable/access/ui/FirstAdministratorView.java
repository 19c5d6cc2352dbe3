package org.roundtable.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.roundtable.access.Accounts;
import org.roundtable.access.FirstAdministratorSetup;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/** Opened from the one-time link printed in the log on first start: creates the first administrator. */
@Route("setup/:token")
@PageTitle("Set up Roundtable")
@AnonymousAllowed
class FirstAdministratorView extends Main implements BeforeEnterObserver {

    private final FirstAdministratorSetup setup;
    private final TextField username = new TextField("User name");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField repeat = new PasswordField("Password again");
    private final Paragraph message = new Paragraph();
    private String token = "";

    FirstAdministratorView(FirstAdministratorSetup setup) {
        this.setup = setup;
        addClassName("rt-setup");
        password.setHelperText("At least " + Accounts.MIN_PASSWORD_LENGTH + " characters; a passphrase is best.");
        Button create = new Button("Create administrator", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.addClassName("rt-error");
        message.getElement().setAttribute("role", "alert");
        add(new H1("Set up Roundtable"),
                new Paragraph("Create the first administrator account. You will run learning events with it and can "
                        + "add other facilitators later."),
                form(username, password, repeat, message, create));
    }

    private static VerticalLayout form(com.vaadin.flow.component.Component... parts) {
        VerticalLayout form = new VerticalLayout(parts);
        form.addClassName("rt-setup-form");
        form.setPadding(false);
        form.setAlignItems(VerticalLayout.Alignment.STRETCH);
        return form;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        if (!setup.isValidToken(token)) {
            event.forwardTo(LoginView.class);
        }
    }

    private void create() {
        if (!password.getValue().equals(repeat.getValue())) {
            message.setText("The two passwords differ.");
            return;
        }
        try {
            setup.complete(token, username.getValue(), password.getValue());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (InvalidInput | NotAllowed e) {
            message.setText(e.getMessage());
        }
    }
}
