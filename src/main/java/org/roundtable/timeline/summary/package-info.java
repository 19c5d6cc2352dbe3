/**
 * The key events summary for pre-reading (Essex §3.2: two sides at most), written as DOCX and
 * PDF from a small model that cannot carry the agencies' analysis/comments column or the genogram.
 * Pure Java: no Spring, no views, no storage.
 */
@NullMarked
package org.roundtable.timeline.summary;

import org.jspecify.annotations.NullMarked;
