package org.roundtable.access;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to the audit log, which is kept apart from every event's log and is never purged. */
sealed interface AuditChange extends Change {

    String LOG_ID = "audit";

    ChangeTypes TYPES = new ChangeTypes(Map.of("AuditRecorded", Recorded.class));

    /** Something worth auditing happened; the log record's actor and time say who and when. */
    record Recorded(String who, AuditAction action, @Nullable String eventId, String detail) implements AuditChange {
    }
}
