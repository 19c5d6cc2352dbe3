package org.roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.access.Accounts;
import org.roundtable.access.FirstAdministratorSetup;
import org.roundtable.access.Role;
import org.roundtable.shared.NotAllowed;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * No default password: on a start with no account, the log prints a one-time setup link; it
 * creates the first administrator once and then stops working.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorSetupTest {

    @TempDir
    Path data;

    @Test
    void the_first_start_prints_a_one_time_link_that_creates_the_first_administrator_once(CapturedOutput output) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RoundtableApplication.class)
                .profiles("test")
                .run("--server.port=0", "--roundtable.store.file=" + data.resolve("roundtable.db"),
                        "--roundtable.access.admin-username=", "--roundtable.access.admin-password=",
                        "--roundtable.demo.enabled=false", "--roundtable.cluster.name=setup-" + data.hashCode())) {
            Accounts accounts = app.getBean(Accounts.class);
            FirstAdministratorSetup setup = app.getBean(FirstAdministratorSetup.class);
            assertThat(accounts.noAccountYet()).isTrue();

            Matcher link = Pattern.compile("/setup/([0-9a-f]{48})").matcher(output.getOut());
            assertThat(link.find()).as("a setup link in the log").isTrue();
            String token = link.group(1);
            assertThat(setup.isValidToken("0".repeat(48))).isFalse();

            var admin = setup.complete(token, "Reviewer", "a long enough passphrase");

            assertThat(admin.roles()).contains(Role.ADMINISTRATOR, Role.FACILITATOR);
            assertThat(accounts.byUsername("reviewer")).isPresent();
            assertThat(setup.isValidToken(token)).isFalse();
            assertThatThrownBy(() -> setup.complete(token, "intruder", "another long passphrase"))
                    .isInstanceOf(NotAllowed.class);
            assertThat(accounts.byUsername("intruder")).isEmpty();
        }
    }
}
