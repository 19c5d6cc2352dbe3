package org.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.live.ChangeNotSaved;
import org.roundtable.shared.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * A failure no screen handles reaches the person as a plain message, never as silence: a change
 * the cluster could not save says so and that they may try again.
 */
@SpringBootTest
@ActiveProfiles("test")
class ScreenErrorsBrowserlessTest {

    @Autowired
    ApplicationContext spring;

    SecuredBrowserlessApplicationContext<Authentication> app;
    BrowserlessUIContext screen;

    @BeforeEach
    void open() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        screen = app.newUser().newWindow();
        screen.navigate("login", Component.class);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String shown() {
        return String.join("\n", screen.find(Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getText()).toList());
    }

    @Test
    void a_change_the_cluster_could_not_save_says_so_and_asks_to_try_again() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new RuntimeException(
                new ChangeNotSaved("The change could not be saved: the cluster did not take it"))));

        assertThat(UI.getCurrent()).isNotNull();
        assertThat(shown()).contains("Not saved yet").contains("try again").doesNotContain("cluster did not take it");
    }

    @Test
    void any_other_failure_says_nothing_saved_is_lost_and_shows_no_details() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalArgumentException("secret detail")));

        assertThat(shown()).contains("Nothing that was already saved is lost").doesNotContain("secret detail");
    }

    @Test
    void in_welsh_the_failure_and_the_reconnect_notice_read_in_welsh() {
        UI.getCurrent().setLocale(Texts.WELSH);
        screen.navigate("login", Component.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new RuntimeException(
                new ChangeNotSaved("The change could not be saved: the cluster did not take it"))));

        assertThat(shown()).contains("Heb ei gadw eto").contains("rhowch gynnig arall arni")
                .doesNotContain("Not saved yet");
        var reconnect = UI.getCurrent().getReconnectDialogConfiguration();
        assertThat(reconnect.getDialogText())
                .isEqualTo("Yn ailgysylltu… mae'r hyn rydych chi'n ei deipio yn cael ei gadw");
        assertThat(reconnect.getDialogTextGaveUp()).startsWith("All-lein");
    }
}
