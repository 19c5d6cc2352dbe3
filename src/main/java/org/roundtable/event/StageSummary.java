package org.roundtable.event;

import java.time.Instant;

/** What the facilitator summarised when they paused the room; kept for the record. */
public record StageSummary(int stageIndex, String stageTitle, String text, Instant at) {
}
