package org.roundtable.access.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.roundtable.access.AccessProperties;
import org.roundtable.access.LockOutNotice;

/** Facilitators and administrators sign in here. Participants never need an account. */
@Route("login")
@PageTitle("Sign in · Roundtable")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    private final String lockedOut;

    LoginView(AccessProperties access) {
        lockedOut = "Too many failed sign-ins: this account is locked for " + access.lockDuration().toMinutes()
                + " minutes, or until an administrator unlocks it.";
        addClassName("rt-login");
        i18n.getForm().setTitle("Sign in: facilitators and note-takers");
        i18n.getForm().setUsername("User name");
        i18n.getErrorMessage().setTitle("Not signed in");
        i18n.getErrorMessage().setMessage("The user name or password is not right. Please try again.");
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        add(new H1("Roundtable"),
                new Paragraph("Joining a learning event from a tablet or phone? Open the join link or scan the code "
                        + "on the projector; you do not need an account."),
                form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        VaadinSession session = VaadinSession.getCurrent();
        if (failed && session != null && LockOutNotice.lockedOut(session.getSession())) {
            i18n.getErrorMessage().setTitle("Account locked");
            i18n.getErrorMessage().setMessage(lockedOut);
            form.setI18n(i18n);
        }
        form.setError(failed);
    }
}
