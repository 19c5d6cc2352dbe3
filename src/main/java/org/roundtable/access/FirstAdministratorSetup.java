package org.roundtable.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a start with no account: creates the first administrator from configuration, or prints a
 * one-time setup link to the log. The link's token lives only in this node's memory.
 */
@Component
public class FirstAdministratorSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministratorSetup.class);

    private final Accounts accounts;
    private final AccessProperties properties;
    private volatile @Nullable String token;

    FirstAdministratorSetup(Accounts accounts, AccessProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        if (!accounts.noAccountYet()) {
            return;
        }
        if (StringUtils.hasText(properties.adminUsername()) && StringUtils.hasText(properties.adminPassword())) {
            accounts.createFirstAdministrator(properties.adminUsername(), properties.adminPassword());
            log.info("Created the first administrator '{}' from configuration", properties.adminUsername());
            return;
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String fresh = HexFormat.of().formatHex(secret);
        token = fresh;
        log.warn("""

                ================================================================
                 No account exists yet. Create the first administrator here
                 (this link works once):

                   {}/setup/{}
                ================================================================
                """, baseUrl(ready), fresh);
    }

    /** Whether {@code candidate} is the current one-time setup token. */
    public boolean isValidToken(String candidate) {
        String current = token;
        return current != null && accounts.noAccountYet() && MessageDigest.isEqual(
                current.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Creates the first administrator with the setup link's token, which then stops working. */
    public synchronized Caller.Account complete(String candidateToken, String username, String password) {
        if (!isValidToken(candidateToken)) {
            throw Accounts.refused("access.setup.link-invalid");
        }
        Caller.Account admin = accounts.createFirstAdministrator(username, password);
        token = null;
        return admin;
    }

    private String baseUrl(ApplicationReadyEvent ready) {
        if (properties.publicUrl() != null) {
            return properties.publicUrl().replaceAll("/+$", "");
        }
        int port = ready.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort() : 8080;
        return "http://localhost:" + port;
    }
}
