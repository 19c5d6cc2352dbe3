package org.roundtable.access.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.AccountSummary;
import org.roundtable.access.Accounts;
import org.roundtable.access.Role;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/** The administrator creates accounts, unlocks one and finds the audit trail's download. */
@SpringBootTest
@ActiveProfiles("test")
class AdminViewBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    Accounts accounts;
    @Autowired
    TestRoom room;

    SecuredBrowserlessApplicationContext<Authentication> app;
    BrowserlessUIContext ui;
    AdminView view;

    @BeforeEach
    void theAdministratorOpensTheScreen() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        ui = app.newUser(TestRoom.FACILITATOR, "ADMINISTRATOR", "FACILITATOR").newWindow();
    }

    private void open() {
        view = ui.navigate("admin", AdminView.class);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void a_note_takers_account_created_here_is_listed_with_its_role() {
        String name = "admin-made-" + UUID.randomUUID().toString().substring(0, 8);
        open();
        ui.test(ui.find(TextField.class).withLabel("User name").single()).setValue(name);
        ui.test(ui.find(PasswordField.class).withLabel("Password").single()).setValue(TestRoom.PASSWORD);
        ui.test(view.role).selectItem("Note-taker");
        ui.test(ui.find(Button.class).withText("Create account").single()).click();

        assertThat(accounts.byUsername(name)).hasValueSatisfying(a -> assertThat(a.roles())
                .containsExactly(Role.NOTE_TAKER));
        assertThat(ui.test(view.accountGrid).size()).isEqualTo(accounts.list(room.facilitator()).size());
        assertThat(view.username.getValue()).isEmpty();
    }

    @Test
    void a_refused_account_keeps_the_typed_user_name_and_says_why() {
        open();
        ui.test(ui.find(TextField.class).withLabel("User name").single()).setValue("Not A Name!");
        ui.test(ui.find(PasswordField.class).withLabel("Password").single()).setValue(TestRoom.PASSWORD);
        ui.test(ui.find(Button.class).withText("Create account").single()).click();

        assertThat(view.message.getText()).contains("user name");
        assertThat(view.username.getValue()).isEqualTo("Not A Name!");
    }

    @Test
    void a_locked_account_is_unlocked_from_the_grid_and_the_csv_download_is_offered() {
        String name = room.anotherFacilitator().username();
        for (int i = 0; i < 5; i++) {
            // what Spring Security publishes when a wrong password is typed on the sign-in page
            spring.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(name, "wrong"),
                    new BadCredentialsException("Bad credentials")));
        }
        assertThat(accounts.lockedUntil(name)).isPresent();
        open();
        AccountSummary locked = accounts.list(room.facilitator()).stream().filter(a -> a.username().equals(name))
                .findFirst().orElseThrow();

        // the grid's actions cell for that account, as the grid renders it
        Component actions = view.actions(locked);
        Button unlock = actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().equals("Unlock")).findFirst().orElseThrow();
        unlock.click();

        assertThat(accounts.lockedUntil(name)).isEmpty();
        ui.test(ui.find(TabSheet.class).single()).select("Audit trail");
        assertThat(ui.find(Anchor.class).withText("Download CSV").single().getHref()).isNotBlank();
        assertThat(ui.test(view.auditGrid).size()).isPositive();
    }
}
