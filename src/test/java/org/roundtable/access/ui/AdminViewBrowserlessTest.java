package org.roundtable.access.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.AccountSummary;
import org.roundtable.access.Accounts;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditEntry;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.access.Role;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;
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
    @Autowired
    AuditTrail auditTrail;

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

    @Test
    void in_welsh_the_screen_its_roles_and_the_audit_trail_with_its_dates_read_in_welsh() {
        String name = "cymraeg-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createFacilitator(room.facilitator(), name, TestRoom.PASSWORD);
        UI.getCurrent().setLocale(Texts.WELSH);
        open();

        assertThat(ui.find(H1.class).single().getText()).isEqualTo("Gweinyddu");
        assertThat(ui.find(Button.class).withText("Creu cyfrif").all()).hasSize(1);
        assertThat(ui.find(Button.class).withText("Create account").all()).isEmpty();
        assertThat(ui.find(LanguageChoice.class).all()).hasSize(1);
        assertThat(ui.test(view.accountGrid).getHeaderCell(0)).isEqualTo("Enw defnyddiwr");
        assertThat(view.role.getItemLabelGenerator().apply(Role.NOTE_TAKER)).isEqualTo("Cofnodwr");

        assertThat(ui.find(TabSheet.class).single().getTabAt(1).getLabel()).isEqualTo("Trywydd archwilio");
        AuditEntry created = auditTrail.entriesFor(room.facilitator()).stream()
                .filter(entry -> entry.detail().startsWith(name)).findFirst().orElseThrow();
        assertThat(view.actionName(created.action())).isEqualTo("Cyfrif wedi'i greu");
        assertThat(view.actionFilter.getItemLabelGenerator().apply(AuditAction.SIGN_IN_FAILED))
                .isEqualTo("Methodd y mewngofnodi");
        // the month as Welsh abbreviates it (Tach for November; every month differs from the English)
        assertThat(view.when(created.at())).isEqualTo(when(created.at(), Texts.WELSH))
                .isNotEqualTo(when(created.at(), Texts.ENGLISH));
        ui.test(ui.find(TabSheet.class).single()).select("Trywydd archwilio");
        assertThat(ui.find(Anchor.class).withText("Lawrlwytho CSV").all()).hasSize(1);
    }

    @Test
    void in_welsh_the_audit_trail_says_who_and_the_details_in_welsh() {
        String noteId = "n-" + UUID.randomUUID();
        auditTrail.record(Caller.SYSTEM, AuditAction.SETTING_CHANGED, "ev-" + noteId, "Event closed");
        auditTrail.record(room.facilitator(), AuditAction.MODERATED, "ev-" + noteId, "Hid note " + noteId);
        UI.getCurrent().setLocale(Texts.WELSH);
        open();
        ui.test(ui.find(TabSheet.class).single()).select("Trywydd archwilio");
        // the view on screen now (the Welsh page is drawn afresh)
        AdminView shown = ui.find(AdminView.class).single();

        // the administrator searches for the event; newest first
        ui.test(shown.textFilter).setValue(noteId);
        assertThat(ui.test(shown.auditGrid).size()).isEqualTo(2);
        assertThat(ui.test(shown.auditGrid).getHeaderCell(4)).isEqualTo("Manylion");
        assertThat(ui.test(shown.auditGrid).getCellText(0, 4)).isEqualTo("Cuddiwyd nodyn " + noteId);
        assertThat(ui.test(shown.auditGrid).getCellText(0, 1)).isEqualTo(TestRoom.FACILITATOR);
        assertThat(ui.test(shown.auditGrid).getCellText(1, 1)).isEqualTo("y system");
        assertThat(ui.test(shown.auditGrid).getCellText(1, 4)).isEqualTo("Caewyd y digwyddiad");
        // a search in the screen's words finds the entry too
        ui.test(shown.textFilter).setValue("Cuddiwyd nodyn " + noteId);
        assertThat(ui.test(shown.auditGrid).size()).isEqualTo(1);
    }

    private static String when(Instant at, Locale language) {
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", language).withZone(ZoneId.systemDefault()).format(at);
    }

    @Test
    void a_refused_account_says_why_in_welsh() {
        UI.getCurrent().setLocale(Texts.WELSH);
        open();
        ui.test(ui.find(TextField.class).withLabel("Enw defnyddiwr").single()).setValue("Not A Name!");
        ui.test(ui.find(PasswordField.class).withLabel("Cyfrinair").single()).setValue(TestRoom.PASSWORD);
        ui.test(ui.find(Button.class).withText("Creu cyfrif").single()).click();

        assertThat(view.message.getText()).startsWith("Mae enw defnyddiwr yn cynnwys rhwng 3 a 100")
                .doesNotContain("user name");
    }
}
