package org.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.login.LoginForm;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * A page says which language it speaks (WCAG 3.1.1: {@code <html lang>}), so a screen reader reads
 * Welsh with a Welsh voice: the page is told the screen's language after every navigation.
 */
@SpringBootTest
@ActiveProfiles("test")
class PageLanguageBrowserlessTest {

    @Autowired
    ApplicationContext spring;

    SecuredBrowserlessApplicationContext<Authentication> app;

    @BeforeEach
    void open() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void a_screen_in_welsh_tells_the_page_it_is_welsh() {
        BrowserlessUIContext screen = withLanguageCookie("cy");
        screen.navigate("login", Component.class);

        assertThat(pageLanguages(screen.getUI())).last().isEqualTo("cy-GB");
        assertThat(signInForm(screen)).contains("Mewngofnodi").doesNotContain("Sign in");
    }

    @Test
    void a_screen_with_no_language_chosen_tells_the_page_it_is_british_english() {
        BrowserlessUIContext screen = app.newUser().newWindow();
        screen.navigate("login", Component.class);

        assertThat(pageLanguages(screen.getUI())).last().isEqualTo("en-GB");
        assertThat(signInForm(screen)).contains("Sign in").doesNotContain("Mewngofnodi");
        assertThat(screen.getUI().getLocale()).isEqualTo(Texts.ENGLISH);
    }

    /** The sign-in form's texts, as sent to the browser. */
    private static String signInForm(BrowserlessUIContext screen) {
        return String.valueOf(screen.find(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
    }

    /** The languages the screen set on {@code document.documentElement.lang}, in order. */
    private static List<String> pageLanguages(UI ui) {
        List<PendingJavaScriptInvocation> sent = ui.getInternals().dumpPendingJavaScriptInvocations();
        return sent.stream().map(PendingJavaScriptInvocation::getInvocation)
                .filter(js -> js.getExpression().contains("document.documentElement.lang"))
                .map(js -> String.valueOf(js.getParameters().getFirst()))
                .toList();
    }

    /** A device that chose a language earlier: the cookie comes with every request. */
    private BrowserlessUIContext withLanguageCookie(String language) {
        var requests = MockVaadin.INSTANCE.getMockRequestFactory();
        MockVaadin.INSTANCE.setMockRequestFactory(session -> {
            MockRequest request = new MockRequest(session);
            request.addCookie(new Cookie(LanguageChoice.COOKIE, language));
            return request;
        });
        try {
            return app.newUser().newWindow();
        } finally {
            MockVaadin.INSTANCE.setMockRequestFactory(requests);
        }
    }
}
