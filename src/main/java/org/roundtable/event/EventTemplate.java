package org.roundtable.event;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A facilitator's reusable shape of a learning event, without any case data: no pseudonym,
 * dates, venue, people, terms of reference, key themes, family perspective, genogram or
 * timeline.
 *
 * @param dayPattern how many days, each whole or half (the dates come with the new event)
 */
public record EventTemplate(String id, String name, String ownerAccountId, @Nullable ReviewType reviewType,
        List<DayPart> dayPattern, List<AgendaStage> agenda, List<String> workingPrinciples, Instant savedAt) {

    public EventTemplate {
        dayPattern = List.copyOf(dayPattern);
        agenda = List.copyOf(agenda);
        workingPrinciples = List.copyOf(workingPrinciples);
    }
}
