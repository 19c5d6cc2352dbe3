/**
 * Small values and rules every feature shares: cleaned user text, refusals a person can read.
 */
@NullMarked
package org.roundtable.shared;

import org.jspecify.annotations.NullMarked;
