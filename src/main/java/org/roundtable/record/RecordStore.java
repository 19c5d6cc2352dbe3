package org.roundtable.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/**
 * Read model of every event's running record, each entry with all its versions, fed by the
 * event logs. Only the log decides what is here: the stage and the time come with the change.
 */
@Component
class RecordStore implements Projection {

    /** One version of an entry as recorded, with the actor who wrote it. */
    record StoredVersion(String text, Set<RecordTag> tags, @Nullable String timelineEntryId,
            @Nullable String groupPointId, String actor, Instant at) {
    }

    /** An entry with every version, the first one first. */
    record StoredEntry(String id, int stageIndex, @Nullable String stageTitle, List<StoredVersion> versions) {

        StoredVersion current() {
            return versions.getLast();
        }

        Instant at() {
            return versions.getFirst().at();
        }

        RecordEntry entry() {
            StoredVersion now = current();
            return new RecordEntry(id, now.text(), now.tags(), stageIndex, stageTitle, now.timelineEntryId(),
                    now.groupPointId(), at(), versions.size());
        }
    }

    /** One event's record; the immutable copy screens read is made at most once per change. */
    private static final class EventRecord {
        final Map<String, StoredEntry> entries = new LinkedHashMap<>();
        @Nullable List<StoredEntry> snapshot;
    }

    private final Map<String, EventRecord> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (!(logged.change() instanceof RecordChange change)) {
            return;
        }
        EventRecord record = byLog.computeIfAbsent(logged.logId(), id -> new EventRecord());
        synchronized (record) {
            record.snapshot = null;
            switch (change) {
                case RecordChange.RecordEntryAdded added -> record.entries.put(added.entryId(),
                        new StoredEntry(added.entryId(), added.stageIndex(), added.stageTitle(),
                                List.of(new StoredVersion(added.text(), added.tags(), added.timelineEntryId(),
                                        added.groupPointId(), logged.actor(), logged.at()))));
                case RecordChange.RecordEntryEdited edited -> record.entries.computeIfPresent(edited.entryId(),
                        (id, entry) -> {
                            List<StoredVersion> versions = new ArrayList<>(entry.versions());
                            versions.add(new StoredVersion(edited.text(), edited.tags(), edited.timelineEntryId(),
                                    edited.groupPointId(), logged.actor(), logged.at()));
                            return new StoredEntry(id, entry.stageIndex(), entry.stageTitle(), List.copyOf(versions));
                        });
            }
        }
    }

    /** Every entry of the event in the order written. */
    List<StoredEntry> entries(String logId) {
        EventRecord record = byLog.get(logId);
        if (record == null) {
            return List.of();
        }
        synchronized (record) {
            if (record.snapshot == null) {
                record.snapshot = List.copyOf(record.entries.values());
            }
            return record.snapshot;
        }
    }

    Optional<StoredEntry> entry(String logId, String entryId) {
        return entries(logId).stream().filter(e -> e.id().equals(entryId)).findFirst();
    }

    /** A purged event leaves nothing behind in this read model. */
    @Override
    public void forget(String logId) {
        byLog.remove(logId);
    }
}
