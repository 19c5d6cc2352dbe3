package org.roundtable.access.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;
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

    @Test
    void in_welsh_the_sign_in_page_and_vaadins_own_form_read_in_welsh_with_the_language_choice_on_it() {
        UI.getCurrent().setLocale(Texts.WELSH);
        // away and back, so the sign-in page is drawn afresh in Welsh
        ui.navigate("join", Component.class);
        ui.navigate("login", LoginView.class);

        String form = String.valueOf(ui.find(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
        assertThat(form).contains("Mewngofnodi: hwyluswyr a chofnodwyr").contains("Enw defnyddiwr")
                .contains("Cyfrinair").contains("Rhowch eich enw defnyddiwr.")
                .doesNotContain("Sign in").doesNotContain("User name").doesNotContain("Username");
        assertThat(ui.find(Paragraph.class).single().getText()).startsWith("Ymuno â digwyddiad dysgu o lechen")
                .doesNotContain("Joining");
        assertThat(ui.find(LanguageChoice.class).single().getValue()).isEqualTo(Texts.WELSH);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Mewngofnodi · Roundtable");
    }

    @Test
    void in_welsh_a_locked_account_is_told_so_in_welsh() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LockedException("User account is locked"));
        UI.getCurrent().setLocale(Texts.WELSH);

        signInFailed();

        String form = String.valueOf(ui.find(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
        assertThat(form).contains("Cyfrif wedi'i gloi").contains("wedi'i gloi am 15 munud")
                .doesNotContain("Too many failed sign-ins");
    }
}
