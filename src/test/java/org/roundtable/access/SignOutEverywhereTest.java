package org.roundtable.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Real signed-in browsers (HTTP sessions through the sign-in form) and what ends them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignOutEverywhereTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestRoom room;

    @Test
    void signing_out_everywhere_ends_every_signed_in_browser_and_a_new_sign_in_works() throws Exception {
        String name = "everywhere-" + UUID.randomUUID().toString().substring(0, 8);
        Caller.Account account = accounts.createFacilitator(room.facilitator(), name, TestRoom.PASSWORD);
        Browser laptop = new Browser(port);
        Browser phone = new Browser(port);
        laptop.signIn(name, TestRoom.PASSWORD);
        phone.signIn(name, TestRoom.PASSWORD);
        assertThat(laptop.isSentToSignIn("/")).isFalse();
        assertThat(phone.isSentToSignIn("/")).isFalse();

        accounts.signOutEverywhere(account, name);

        assertThat(laptop.isSentToSignIn("/")).isTrue();
        assertThat(phone.isSentToSignIn("/")).isTrue();
        assertThat(laptop.signIn(name, TestRoom.PASSWORD)).doesNotContain("/login");
        assertThat(laptop.isSentToSignIn("/")).isFalse();
        assertThat(phone.isSentToSignIn("/")).isTrue();
        assertThat(audit.entriesFor(room.facilitator())).filteredOn(e -> e.who().equals(name))
                .extracting(AuditEntry::action).contains(AuditAction.SIGNED_OUT_EVERYWHERE, AuditAction.SIGNED_IN);
    }

    @Test
    void an_administrator_signs_someone_else_out_everywhere() throws Exception {
        String name = "signed-out-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createNoteTaker(room.facilitator(), name, TestRoom.PASSWORD);
        Browser browser = new Browser(port);
        browser.signIn(name, TestRoom.PASSWORD);
        assertThat(browser.isSentToSignIn("/")).isFalse();

        accounts.signOutEverywhere(room.facilitator(), name);

        assertThat(browser.isSentToSignIn("/")).isTrue();
    }

    @Test
    void a_failed_sign_in_under_a_formula_user_name_is_audited_and_made_inert_in_the_csv() throws Exception {
        assertThat(new Browser(port).signIn("=cmd()", "whatever-it-is")).endsWith("/login?error");

        String csv = new String(audit.csvFor(room.facilitator()), StandardCharsets.UTF_8);

        assertThat(csv).contains(",'=cmd(),Sign-in failed,").doesNotContain(",=cmd()");
    }
}
