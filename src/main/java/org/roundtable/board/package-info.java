/**
 * The live board of a learning event: notes (post-its) on the merged timeline and their triage,
 * analysis of entries, breakout groups, the child's lived experience and the learning wall, and
 * the stage-driven screens that show it: the facilitator's console, the projector and the
 * participants' tablets.
 */
@NullMarked
package org.roundtable.board;

import org.jspecify.annotations.NullMarked;
