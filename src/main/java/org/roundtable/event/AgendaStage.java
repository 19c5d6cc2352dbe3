package org.roundtable.event;

import java.util.List;

/**
 * One stage of the learning event's agenda.
 *
 * @param title   as the room reads it
 * @param minutes planned length
 * @param kind    what happens, which drives the screens during the stage
 */
public record AgendaStage(String title, int minutes, StageKind kind) {

    /** Total planned minutes of {@code stages}. */
    public static int totalMinutes(List<AgendaStage> stages) {
        return stages.stream().mapToInt(AgendaStage::minutes).sum();
    }

    /** "3 h 15 min", "45 min". */
    public static String duration(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }
}
