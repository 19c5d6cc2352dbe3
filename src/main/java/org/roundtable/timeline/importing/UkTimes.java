package org.roundtable.timeline.importing;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.roundtable.shared.Texts;

/**
 * Reads times the way chronologies write them: "14:30", "14.30", "2.30pm", "2 pm", "1430",
 * "14:30hrs", "noon", "midnight", and Excel's fractions of a day (0.604166… is 14:30). An
 * approximate mark ("c.", "approx", "?") is accepted and dropped: the entry keeps its date's mark,
 * and a time is only used to order entries within a day. Why a time cannot be read is a text in
 * English and Welsh ({@code timeline.reading.*}).
 */
public final class UkTimes {

    private static final Pattern LEADING_MARK = Pattern.compile(
            "^(?:\\?|circa|approximately|approx\\.?|about|around|ca\\.?|c\\.?)\\s*");
    private static final Pattern TRAILING_QUESTION_MARK = Pattern.compile("\\s*\\?$");
    private static final Pattern SUFFIX = Pattern.compile("\\s*(?:hours|hrs|hr|h)\\.?$");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*(am|pm)?");
    private static final Pattern HOUR_ONLY = Pattern.compile("(\\d{1,2})\\s*(am|pm)");
    private static final Pattern COMPACT = Pattern.compile("(\\d{1,2})(\\d{2})\\s*(am|pm)?");
    private static final Pattern DAY_FRACTION = Pattern.compile("0?\\.\\d+|0");
    private static final int SECONDS_A_DAY = 24 * 60 * 60;
    private static final String HOW_TO_WRITE = "timeline.reading.how-to-write-time";

    private UkTimes() {
    }

    /** The time written in {@code text}, or why it cannot be read. */
    public static Reading<LocalTime> parse(@Nullable String text) {
        String written = UkDates.spacesNormalised(text == null ? "" : text).strip();
        String s = UkDates.WHITESPACE.matcher(written.toLowerCase(Locale.ROOT)).replaceAll(" ")
                .replace("a.m.", "am").replace("p.m.", "pm").replace("a.m", "am").replace("p.m", "pm");
        s = LEADING_MARK.matcher(s).replaceFirst("");
        s = TRAILING_QUESTION_MARK.matcher(s).replaceFirst("");
        s = SUFFIX.matcher(s).replaceFirst("").strip();
        if (s.isEmpty()) {
            return written.isEmpty() ? new Reading.Unreadable<>(new Texts.Ref("timeline.reading.no-time"))
                    : notATime(written, HOW_TO_WRITE);
        }
        switch (s) {
            case "noon", "midday", "12 noon", "12 midday" -> {
                return new Reading.Read<>(LocalTime.NOON);
            }
            case "midnight", "12 midnight" -> {
                return new Reading.Read<>(LocalTime.MIDNIGHT);
            }
            default -> {
            }
        }
        Matcher m;
        if (DAY_FRACTION.matcher(s).matches()) {
            // Excel keeps a time as a fraction of a day; rounding to the second undoes its binary error.
            long seconds = Math.round(Double.parseDouble(s) * SECONDS_A_DAY);
            return new Reading.Read<>(LocalTime.ofSecondOfDay(Math.min(seconds, SECONDS_A_DAY - 1)));
        }
        if ((m = CLOCK.matcher(s)).matches()) {
            return time(written, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), m.group(4));
        }
        if ((m = HOUR_ONLY.matcher(s)).matches()) {
            return time(written, Integer.parseInt(m.group(1)), 0, 0, m.group(2));
        }
        if ((m = COMPACT.matcher(s)).matches()) {
            return time(written, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0, m.group(3));
        }
        return notATime(written, HOW_TO_WRITE);
    }

    private static Reading<LocalTime> time(String written, int hour, int minute, int second,
            @Nullable String halfOfDay) {
        if (halfOfDay != null) {
            if (hour < 1 || hour > 12) {
                return notATime(written, "timeline.reading.not-12-hour", hour);
            }
            hour = hour % 12 + ("pm".equals(halfOfDay) ? 12 : 0);
        }
        if (hour > 23) {
            return hour == 24 ? notATime(written, "timeline.reading.no-hour-24")
                    : notATime(written, "timeline.reading.no-hour", hour);
        }
        if (minute > 59) {
            return notATime(written, "timeline.reading.no-minute", minute);
        }
        if (second > 59) {
            return notATime(written, "timeline.reading.no-second", second);
        }
        return new Reading.Read<>(LocalTime.of(hour, minute, second));
    }

    /** "'25:00' is not a time: " and why: the text {@code whyKey} with {@code args}. */
    private static Reading<LocalTime> notATime(String written, String whyKey, Object... args) {
        return new Reading.Unreadable<>(new Texts.Ref("timeline.reading.not-a-time", UkDates.quoted(written),
                new Texts.Ref(whyKey, args)));
    }
}
