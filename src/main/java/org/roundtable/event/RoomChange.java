package org.roundtable.event;

import java.util.Map;

import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to the running room (stage, timer, pause, principles proposals), in the event's log. */
sealed interface RoomChange extends Change permits StageStarted {

    ChangeTypes TYPES = new ChangeTypes(Map.of("StageStarted", StageStarted.class));
}
