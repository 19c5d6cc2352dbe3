package org.roundtable.board;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/** Read model of every event's analyses of timeline entries (the last one written per entry), fed by the event logs. */
@Component
class AnalysisStore implements Projection {

    /** An analysis as recorded, with its author's actor id: only services read this. */
    record StoredAnalysis(AnalysisChange.EntryAnalysed analysis, String author, Instant at) {
    }

    private final Map<String, Map<String, StoredAnalysis>> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (!(logged.change() instanceof AnalysisChange change)) {
            return;
        }
        Map<String, StoredAnalysis> analyses = byLog.computeIfAbsent(logged.logId(), id -> new LinkedHashMap<>());
        synchronized (analyses) {
            switch (change) {
                case AnalysisChange.EntryAnalysed analysed -> analyses.put(analysed.entryId(),
                        new StoredAnalysis(analysed, logged.actor(), logged.at()));
            }
        }
    }

    /** The analyses by entry id. */
    Map<String, StoredAnalysis> analyses(String logId) {
        Map<String, StoredAnalysis> analyses = byLog.get(logId);
        if (analyses == null) {
            return Map.of();
        }
        synchronized (analyses) {
            return Map.copyOf(analyses);
        }
    }

    /** The event was purged: nothing of it stays here. */
    @Override
    public void forget(String logId) {
        byLog.remove(logId);
    }
}
