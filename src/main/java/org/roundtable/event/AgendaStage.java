package org.roundtable.event;

import java.util.List;
import java.util.Locale;

import org.roundtable.shared.Texts;

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

    /** "3 h 15 min", "45 min" in {@code locale}'s language ("3 awr 15 mun"). */
    public static String duration(Locale locale, int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return Texts.get(locale, "event.duration.minutes", rest);
        }
        return rest == 0 ? Texts.get(locale, "event.duration.hours", hours)
                : Texts.get(locale, "event.duration.hours-minutes", hours, rest);
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
