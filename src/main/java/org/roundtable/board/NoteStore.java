package org.roundtable.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/** Read model of every event's notes in the order they were added, fed by the event logs. */
@Component
class NoteStore implements Projection {

    private final Map<String, List<Note>> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (logged.change() instanceof BoardChange.NoteAdded added) {
            List<Note> notes = byLog.computeIfAbsent(logged.logId(), id -> new ArrayList<>());
            synchronized (notes) {
                notes.add(new Note(added.noteId(), added.place(), added.kind(), added.text(), added.agencyCode(),
                        logged.at()));
            }
        }
    }

    List<Note> notes(String logId) {
        List<Note> notes = byLog.get(logId);
        if (notes == null) {
            return List.of();
        }
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }
}
