package org.roundtable.access.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.ActiveProfiles;

/** The sign-in page tells a locked-out person plainly why they are refused. */
@SpringBootTest
@ActiveProfiles("test")
class LoginViewBrowserlessTest {

    @Autowired
    ApplicationContext spring;

    SecuredBrowserlessApplicationContext<Authentication> app;
    BrowserlessUIContext ui;

    @BeforeEach
    void aBrowser() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        ui = app.newUser().newWindow();
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Where Spring Security sends the browser after a failed sign-in. */
    private static void signInFailed() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
    }

    @Test
    void a_sign_in_refused_because_the_account_is_locked_says_so() {
        // what Spring Security's failure handler leaves in the session before sending the browser back
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LockedException("User account is locked"));

        signInFailed();

        LoginForm form = ui.find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Too many failed sign-ins")
                .contains("15 minutes");
    }

    @Test
    void a_wrong_password_says_only_that_the_user_name_or_password_is_not_right() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("Bad credentials"));

        signInFailed();

        LoginForm form = ui.find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("not right");
    }
}
