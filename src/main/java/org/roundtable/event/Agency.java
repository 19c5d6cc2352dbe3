package org.roundtable.event;

/**
 * An agency taking part in a learning event. The colour is a cue only: every place that shows
 * it also shows the short label or the name.
 *
 * @param code   short label shown on chips, e.g. {@code POL}
 * @param name   full name, e.g. {@code Police}
 * @param colour background colour of the agency's chip, {@code #rrggbb}, dark enough for white text
 */
public record Agency(String code, String name, String colour) {
}
