package org.roundtable.event;

import java.util.Locale;

import org.roundtable.shared.Texts;

/**
 * What an event's owner may grant a co-facilitator. The owner has every right and a few no one
 * else has: purging the event, granting or revoking co-facilitators, assigning the note-taker
 * and the note-taker link. A co-facilitator granted none is a panel member, who reads the event
 * as its facilitators do but changes nothing.
 */
public enum EventRight {
    PREPARE("Prepare the event", "details, chronologies, timeline, key events summary"),
    RUN_ROOM("Run the room",
            "stages, timer, projector, pause, groups, wall, evaluation, the running record, closing the event"),
    MODERATE("Moderate contributions", "triage notes, hide, unhide and merge"),
    EXPORT("Export", "the record and the evaluation results");

    private final String label;
    private final String explanation;

    EventRight(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    /** The right as the owner reads it beside its checkbox. */
    public String label() {
        return label;
    }

    /** What the right allows, in a few words, in {@code locale}'s language. */
    public String explanation(Locale locale) {
        return Texts.get(locale, Texts.labelKey(this) + ".description");
    }

    /** What the right allows, in a few words. */
    public String explanation() {
        return explanation;
    }
}
