package org.roundtable.access.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.roundtable.access.AccessProperties;
import org.roundtable.access.LockOutNotice;
import org.roundtable.shared.LanguageChoice;

/**
 * Facilitators and administrators sign in here, in English or Welsh (the choice is on the page).
 * Participants never need an account.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n;
    private final long lockMinutes;

    LoginView(AccessProperties access) {
        lockMinutes = access.lockDuration().toMinutes();
        i18n = texts();
        addClassName("rt-login");
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        Div language = new Div(new LanguageChoice());
        language.addClassName("rt-login-language");
        H1 brand = new H1("Roundtable"); // not text: the brand name, the same in every language
        add(language, brand, new Paragraph(getTranslation("access.login.joining")), form);
    }

    /** Every text of Vaadin's sign-in form in the page's language, its own defaults included. */
    private LoginI18n texts() {
        LoginI18n texts = LoginI18n.createDefault();
        LoginI18n.Form formTexts = texts.getForm();
        formTexts.setTitle(getTranslation("access.login.title"));
        formTexts.setUsername(getTranslation("access.account.username"));
        formTexts.setPassword(getTranslation("access.account.password"));
        formTexts.setSubmit(getTranslation("access.login.submit"));
        formTexts.setForgotPassword(getTranslation("access.login.forgot-password"));
        LoginI18n.ErrorMessage error = texts.getErrorMessage();
        error.setTitle(getTranslation("access.login.error-title"));
        error.setMessage(getTranslation("access.login.error-message"));
        error.setUsername(getTranslation("access.login.username-required"));
        error.setPassword(getTranslation("access.login.password-required"));
        return texts;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.login.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        VaadinSession session = VaadinSession.getCurrent();
        if (failed && session != null && LockOutNotice.lockedOut(session.getSession())) {
            i18n.getErrorMessage().setTitle(getTranslation("access.login.locked-title"));
            i18n.getErrorMessage().setMessage(getTranslation("access.login.locked-message", lockMinutes));
            form.setI18n(i18n);
        }
        form.setError(failed);
    }
}
