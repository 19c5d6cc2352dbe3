package org.roundtable.access;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the first administrator comes to exist, and how long sign-ins last. Without both admin
 * values, first start prints a one-time setup link to the log instead; there is never a default
 * password.
 *
 * @param adminUsername   user name of the first administrator, created on first start
 * @param adminPassword   that administrator's password (at least 12 characters)
 * @param publicUrl       the address people open, used in printed links and join links
 * @param maxFailures     failed sign-ins for one user name within {@code failureWindow} that lock it
 * @param failureWindow   how far back failed sign-ins count
 * @param lockDuration    how long a locked account stays locked (unless an administrator unlocks it)
 * @param sessionMaxAge   how long a sign-in lasts, however busy the session is
 */
@ConfigurationProperties("roundtable.access")
public record AccessProperties(@Nullable String adminUsername, @Nullable String adminPassword,
        @Nullable String publicUrl,
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("12h") Duration sessionMaxAge) {
}
