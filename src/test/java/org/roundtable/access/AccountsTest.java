package org.roundtable.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Account administration through the real service and log: who may do what, and how long a sign-in lasts. */
@SpringBootTest
@ActiveProfiles("test")
class AccountsTest {

    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    SignedInSessions sessions;
    @Autowired
    AccessProperties properties;
    @Autowired
    TestRoom room;

    @Test
    void only_an_administrator_lists_unlocks_and_signs_others_out() {
        Caller.Account facilitator = room.anotherFacilitator();
        String other = room.anotherFacilitator().username();
        Caller.Participant participant = room.joinDemo("POL");

        for (Caller notAdmin : new Caller[] {facilitator, participant}) {
            assertThatThrownBy(() -> accounts.list(notAdmin)).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> accounts.unlock(notAdmin, other)).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> accounts.signOutEverywhere(notAdmin, other)).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> accounts.createFacilitator(notAdmin, "x" + UUID.randomUUID(), TestRoom.PASSWORD))
                    .isInstanceOf(NotAllowed.class);
        }
        assertThatThrownBy(() -> audit.entriesFor(facilitator)).isInstanceOf(NotAllowed.class);
        accounts.signOutEverywhere(facilitator, facilitator.username());
        assertThat(accounts.revokedAt(facilitator.accountId())).isPresent();
    }

    @Test
    void the_administrator_sees_accounts_without_hashes_and_creations_are_audited() {
        String name = "listed-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createNoteTaker(room.facilitator(), name, TestRoom.PASSWORD);

        assertThat(accounts.list(room.facilitator())).filteredOn(a -> a.username().equals(name)).singleElement()
                .satisfies(a -> {
                    assertThat(a.roles()).containsExactly(Role.NOTE_TAKER);
                    assertThat(a.lockedUntil()).isNull();
                    assertThat(a.toString()).doesNotContain("{bcrypt}");
                });
        assertThat(audit.entriesFor(room.facilitator())).filteredOn(e -> e.action() == AuditAction.ACCOUNT_CREATED)
                .extracting(AuditEntry::detail).contains(name + " as note-taker");
    }

    @Test
    void a_lock_refuses_the_account_on_sign_in_until_it_runs_out() {
        String name = room.anotherFacilitator().username();

        accounts.lock(name, Instant.now().plus(Duration.ofMinutes(15)));
        assertThat(accounts.loadUserByUsername(name).isAccountNonLocked()).isFalse();
        assertThat(accounts.lockedUntil(name)).isPresent();

        accounts.lock(name, Instant.now().minusSeconds(1));
        assertThat(accounts.loadUserByUsername(name).isAccountNonLocked()).isTrue();
        assertThat(accounts.lockedUntil(name)).isEmpty();
    }

    @Test
    void a_session_older_than_the_maximum_age_is_over_whatever_its_heartbeats() {
        Caller.Account account = room.anotherFacilitator();
        Instant signedIn = Instant.now();
        Clock justBefore = Clock.offset(Clock.systemUTC(), properties.sessionMaxAge().minusMinutes(1));
        Clock justAfter = Clock.offset(Clock.systemUTC(), properties.sessionMaxAge().plusMinutes(1));

        assertThat(new SessionLimits(accounts, sessions, properties, justBefore).isOver(account.accountId(), signedIn))
                .isFalse();
        assertThat(new SessionLimits(accounts, sessions, properties, justAfter).isOver(account.accountId(), signedIn))
                .isTrue();
        assertThat(properties.sessionMaxAge()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void a_session_signed_in_before_signing_out_everywhere_is_over_and_one_signed_in_after_is_not() {
        Caller.Account account = room.anotherFacilitator();
        Instant before = Instant.now().minusSeconds(1);
        SessionLimits limits = new SessionLimits(accounts, sessions, properties, Clock.systemUTC());
        assertThat(limits.isOver(account.accountId(), before)).isFalse();

        accounts.signOutEverywhere(account, account.username());

        assertThat(limits.isOver(account.accountId(), before)).isTrue();
        assertThat(limits.isOver(account.accountId(), Instant.now().plusSeconds(1))).isFalse();
    }
}
