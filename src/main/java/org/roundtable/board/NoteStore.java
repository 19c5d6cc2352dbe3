package org.roundtable.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/** Read model of every event's notes in the order they were added, fed by the event logs. */
@Component
class NoteStore implements Projection {

    /** One event's notes; the immutable copy every screen reads is made at most once per change. */
    private static final class EventNotes {
        final List<Note> notes = new ArrayList<>();
        boolean hindsightOnProjector = true;
        @Nullable List<Note> snapshot;
    }

    private final Map<String, EventNotes> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (!(logged.change() instanceof BoardChange change)) {
            return;
        }
        EventNotes event = byLog.computeIfAbsent(logged.logId(), id -> new EventNotes());
        synchronized (event) {
            switch (change) {
                case BoardChange.NoteAdded added -> {
                    Perspective perspective = added.perspective() == null ? Perspective.AT_THE_TIME
                            : added.perspective();
                    event.notes.add(new Note(added.noteId(), added.place(), added.kind(), perspective, added.text(),
                            added.agencyCode(), logged.at()));
                    event.snapshot = null;
                }
                case BoardChange.HindsightOnProjector shown -> event.hindsightOnProjector = shown.shown();
            }
        }
    }

    /** Whether the projector shows hindsight notes (it does until a facilitator hides them). */
    boolean hindsightOnProjector(String logId) {
        EventNotes event = byLog.get(logId);
        if (event == null) {
            return true;
        }
        synchronized (event) {
            return event.hindsightOnProjector;
        }
    }

    List<Note> notes(String logId) {
        EventNotes event = byLog.get(logId);
        if (event == null) {
            return List.of();
        }
        synchronized (event) {
            if (event.snapshot == null) {
                event.snapshot = List.copyOf(event.notes);
            }
            return event.snapshot;
        }
    }
}
