package org.roundtable.timeline;

/**
 * What an import did to the agency's part of the timeline.
 *
 * @param added   new entries
 * @param kept    entries matched to earlier ones (same reference, or same date and text): their
 *                notes and key-event flags stay
 * @param removed earlier entries of the agency that the new file no longer has
 * @param skipped rows of the file not imported (empty, unreadable, or skipped by the facilitator)
 */
public record ImportResult(int added, int kept, int removed, int skipped) {
}
