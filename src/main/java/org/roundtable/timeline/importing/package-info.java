/**
 * Reading an agency's chronology file (CSV or XLSX) into a preview of timeline entries: UK dates
 * and times as practitioners write them, column mapping, and a per-row outcome a facilitator can
 * fix in place. Pure Java: no Spring, no views, no storage.
 */
@NullMarked
package org.roundtable.timeline.importing;

import org.jspecify.annotations.NullMarked;
