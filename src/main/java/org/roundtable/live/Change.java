package org.roundtable.live;

/**
 * A fact recorded in a log. Each feature declares its own sealed family of changes (plain
 * records) and names them in a {@link ChangeTypes} bean so they can be stored and sent.
 */
public interface Change {
}
