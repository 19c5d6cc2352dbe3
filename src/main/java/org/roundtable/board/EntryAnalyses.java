package org.roundtable.board;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.Agency;
import org.roundtable.event.Byline;
import org.roundtable.event.Contributors;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.shared.UserText;
import org.roundtable.timeline.MergedTimeline;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.stereotype.Service;

/**
 * The room's analysis of timeline entries: the factors that contributed (Essex §5.4), the
 * intervention mode (§5.6) and "reasonable alternative actions" (§5.5). Anyone of the open event
 * in the room may set an entry's analysis (facilitators and participants, never the projector);
 * the last one written wins as a whole, and everyone of the event sees it with a byline.
 */
@Service
public class EntryAnalyses {

    public static final int MAX_ALTERNATIVES_LENGTH = 2_000;

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final Timelines timelines;
    private final AnalysisStore store;
    private final Contributors contributors;

    EntryAnalyses(ChangeLog changeLog, LearningEvents events, Timelines timelines, AnalysisStore store,
            Contributors contributors) {
        this.changeLog = changeLog;
        this.events = events;
        this.timelines = timelines;
        this.store = store;
        this.contributors = contributors;
    }

    /**
     * Sets the analysis of an entry, replacing the one before; saving it empty clears it.
     * Refused for the projector, a closed event, an entry not in this event's timeline, or
     * alternatives over {@value #MAX_ALTERNATIVES_LENGTH} characters.
     */
    public EntryAnalysis analyse(Caller caller, String eventId, String entryId, @Nullable Set<Factor> factors,
            @Nullable InterventionMode mode, @Nullable String alternatives) {
        LearningEvent event = events.openTo(caller, eventId);
        String agencyCode = switch (caller) {
            case Caller.Participant participant -> participant.agencyCode();
            case Caller.Account account -> Byline.FACILITATOR;
            default -> throw NotAllowed.because("board.refused.analyse-room-only");
        };
        if (timelines.timelineFor(caller, eventId).entry(entryId).isEmpty()) {
            throw InvalidInput.because("board.refused.no-such-entry");
        }
        String clean = UserText.optional(alternatives, "board.field.alternatives", MAX_ALTERNATIVES_LENGTH);
        // Stored in the order of the enum, so the same choice is always recorded the same way.
        List<Factor> chosen = factors == null ? List.of()
                : Arrays.stream(Factor.values()).filter(factors::contains).toList();
        changeLog.append(event.logId(), new AnalysisChange.EntryAnalysed(entryId, chosen, mode, clean, agencyCode),
                caller.actorId());
        return analysesFor(caller, eventId).get(entryId);
    }

    /** Every analysed entry's analysis by entry id, for anyone of the event. */
    public Map<String, EntryAnalysis> analysesFor(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        Map<String, Byline> byAuthor = new HashMap<>();
        Map<String, EntryAnalysis> shown = new HashMap<>();
        store.analyses(event.logId()).forEach((entryId, stored) -> {
            AnalysisChange.EntryAnalysed analysed = stored.analysis();
            Byline byline = byAuthor.computeIfAbsent(stored.author() + "|" + analysed.agencyCode(),
                    key -> contributors.byline(caller, eventId, stored.author(), analysed.agencyCode()));
            shown.put(entryId, new EntryAnalysis(entryId, new LinkedHashSet<>(analysed.factors()), analysed.mode(),
                    analysed.alternatives(), byline, stored.at()));
        });
        return shown;
    }

    /**
     * Counts of each factor and intervention mode by the agency of the analysed entry, across the
     * entries now in the timeline, for anyone of the event.
     */
    public FactorSummary factorSummaryFor(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        MergedTimeline timeline = timelines.timelineFor(caller, eventId);
        Map<String, AnalysisStore.StoredAnalysis> analyses = store.analyses(event.logId());
        List<FactorSummary.Analysed> counted = new ArrayList<>();
        for (TimelineEntry entry : timeline.entries()) {
            AnalysisStore.StoredAnalysis stored = analyses.get(entry.id());
            if (stored != null) {
                counted.add(new FactorSummary.Analysed(entry.agencyCode(), Set.copyOf(stored.analysis().factors()),
                        stored.analysis().mode()));
            }
        }
        return FactorSummary.of(event.agencies().stream().map(Agency::code).toList(), counted);
    }
}
