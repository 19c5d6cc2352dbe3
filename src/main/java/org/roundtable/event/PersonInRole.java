package org.roundtable.event;

import org.jspecify.annotations.Nullable;

/**
 * A facilitator or note-taker of the event, known by role ("Independent reviewer"); the name is
 * optional and only facilitators see it.
 */
public record PersonInRole(String role, @Nullable String name) {
}
