/**
 * Learning events: creating one with its agencies, the facilitator's list, joining the room
 * with a code, and closing.
 */
@NullMarked
package org.roundtable.event;

import org.jspecify.annotations.NullMarked;
