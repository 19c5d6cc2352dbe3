package org.roundtable.timeline;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

import org.roundtable.shared.Texts;

/**
 * The date of a chronology entry as the agency gave it: a day, a month or only a year, perhaps
 * marked as approximate. Both "c." and "?" marks are shown as "c." so the room reads one sign;
 * {@link #asWritten()} keeps the agency's own writing for the facilitator.
 *
 * @param date        the first day of the period (the day itself, the 1st of the month, 1 January)
 * @param precision   how much of the date the agency knew
 * @param approximate whether the agency marked it as uncertain ("c.", "circa", "approx", "?", "late"…)
 * @param asWritten   the text the date was read from
 */
public record ChronologyDate(LocalDate date, Precision precision, boolean approximate, String asWritten) {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"};

    /** How much of a date is known. */
    public enum Precision {
        DAY, MONTH, YEAR
    }

    public ChronologyDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(asWritten, "asWritten");
        date = switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** An exact day, as a facilitator might type it in by hand. */
    public static ChronologyDate onDay(LocalDate day) {
        return new ChronologyDate(day, Precision.DAY, false, display(day, Precision.DAY, false));
    }

    /** The last day of the period, for filtering by period and checking an end date. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    /** For the timeline: "3 Apr 2019", "Apr 2019", "2019", each prefixed "c. " when approximate. */
    public String display() {
        return display(date, precision, approximate);
    }

    /**
     * For the timeline in {@code locale}'s language: in Welsh "3 Ebr 2019", "Ebr 2019" (the JDK's
     * Welsh month abbreviations); in English as {@link #display()}.
     */
    public String display(Locale locale) {
        if (!Texts.supported(locale).equals(Texts.WELSH)) {
            return display();
        }
        String month = date.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, Texts.WELSH).replace(".", "");
        return display(date, precision, approximate, month);
    }

    private static String display(LocalDate date, Precision precision, boolean approximate) {
        // Month names spelt out here: the JDK's en-GB data writes "Sept", which the room would not expect.
        return display(date, precision, approximate, MONTHS[date.getMonthValue() - 1]);
    }

    private static String display(LocalDate date, Precision precision, boolean approximate, String month) {
        String text = switch (precision) {
            case DAY -> date.getDayOfMonth() + " " + month + " " + date.getYear();
            case MONTH -> month + " " + date.getYear();
            case YEAR -> String.valueOf(date.getYear());
        };
        return approximate ? "c. " + text : text;
    }
}
