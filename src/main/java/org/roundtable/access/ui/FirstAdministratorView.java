package org.roundtable.access.ui;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.roundtable.access.Accounts;
import org.roundtable.access.FirstAdministratorSetup;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.NotAllowed;

/** Opened from the one-time link printed in the log on first start: creates the first administrator. */
@Route("setup/:token")
@AnonymousAllowed
class FirstAdministratorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FirstAdministratorSetup setup;
    private final TextField username = new TextField(getTranslation("access.account.username"));
    private final PasswordField password = new PasswordField(getTranslation("access.account.password"));
    private final PasswordField repeat = new PasswordField(getTranslation("access.setup.password-again"));
    private final Paragraph message = new Paragraph();
    private String token = "";

    FirstAdministratorView(FirstAdministratorSetup setup) {
        this.setup = setup;
        addClassName("rt-setup");
        password.setHelperText(getTranslation("access.setup.password-help", Accounts.MIN_PASSWORD_LENGTH));
        Button create = new Button(getTranslation("access.setup.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.addClassName("rt-error");
        message.getElement().setAttribute("role", "alert");
        add(new LanguageChoice(), new H1(getTranslation("access.setup.heading")),
                new Paragraph(getTranslation("access.setup.intro")),
                form(username, password, repeat, message, create));
    }

    private static VerticalLayout form(Component... parts) {
        VerticalLayout form = new VerticalLayout(parts);
        form.addClassName("rt-setup-form");
        form.setPadding(false);
        form.setAlignItems(VerticalLayout.Alignment.STRETCH);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.setup.page-title");
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
            message.setText(getTranslation("access.setup.passwords-differ"));
            return;
        }
        try {
            setup.complete(token, username.getValue(), password.getValue());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (InvalidInput refused) {
            message.setText(refused.messageIn(getLocale()));
        } catch (NotAllowed refused) {
            // the link was used up (or an account made) since the page opened
            message.setText(getTranslation("access.setup.link-invalid"));
        }
    }
}
