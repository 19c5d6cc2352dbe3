package org.roundtable.access;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the first administrator comes to exist. Without both values, first start prints a
 * one-time setup link to the log instead; there is never a default password.
 *
 * @param adminUsername  user name of the first administrator, created on first start
 * @param adminPassword  that administrator's password (at least 12 characters)
 * @param publicUrl      the address people open, used in printed links and join links
 */
@ConfigurationProperties("roundtable.access")
public record AccessProperties(@Nullable String adminUsername, @Nullable String adminPassword,
        @Nullable String publicUrl) {
}
