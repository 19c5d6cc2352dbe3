/**
 * The merged timeline: every agency's entries in one date order, and the analysis comments that
 * only facilitators see.
 */
@NullMarked
package org.roundtable.timeline;

import org.jspecify.annotations.NullMarked;
