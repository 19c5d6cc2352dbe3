package org.roundtable.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Sign-ins through the real sign-in form: failures are audited, and five in a row lock the account. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInLockOutTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestRoom room;

    @Test
    void five_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it() throws Exception {
        String name = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createFacilitator(room.facilitator(), name, TestRoom.PASSWORD);
        Browser browser = new Browser(port);

        for (int i = 0; i < 4; i++) {
            assertThat(browser.signIn(name, "not-the-password")).endsWith("/login?error");
        }
        assertThat(accounts.lockedUntil(name)).isEmpty();
        assertThat(browser.signIn(name, "not-the-password")).endsWith("/login?error");
        assertThat(accounts.lockedUntil(name)).isPresent();

        assertThat(browser.signIn(name, TestRoom.PASSWORD)).as("the right password while locked")
                .endsWith("/login?error");

        accounts.unlock(room.facilitator(), name);
        assertThat(accounts.lockedUntil(name)).isEmpty();
        assertThat(browser.signIn(name, TestRoom.PASSWORD)).doesNotContain("/login");

        assertThat(audit.entriesFor(room.facilitator())).filteredOn(e -> e.who().equals(name)
                || e.detail().contains(name)).extracting(AuditEntry::action).containsSubsequence(
                AuditAction.SIGNED_IN, AuditAction.ACCOUNT_UNLOCKED, AuditAction.SIGN_IN_FAILED,
                AuditAction.ACCOUNT_LOCKED, AuditAction.SIGN_IN_FAILED);
    }
}
