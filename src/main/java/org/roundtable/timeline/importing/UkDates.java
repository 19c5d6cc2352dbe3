package org.roundtable.timeline.importing;

import org.roundtable.timeline.ChronologyDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.roundtable.shared.Texts;
import org.roundtable.timeline.ChronologyDate.Precision;

/**
 * Reads dates the way UK practitioners write them in chronologies.
 * <ul>
 * <li>Numbers are day first, never US month first: 03/04/2019, 3/4/19, 03-04-2019 and 03.04.2019
 * are all 3 April 2019. ISO 2019-04-03 is read too.</li>
 * <li>Words: "3 Apr 2019", "3rd April 2019", "Wed 3 April 2019" (the weekday is checked),
 * "April 3, 2019"; a month alone: "April 2019", "Apr 2019", "Apr-19", "04/2019"; a year alone: "2019".</li>
 * <li>Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (a chronology reaches back to a
 * parent's childhood, rarely to before 1970, and never into the 2070s).</li>
 * <li>An unknown day written "xx/04/2019", "??/04/2019" or "00/04/2019" gives April 2019; an unknown
 * day and month, "xx/xx/2019", gives 2019.</li>
 * <li>Excel date numbers (43558 is 3 April 2019) from 1 January 1990 to 31 December 2100; outside
 * that a five-digit number is more likely a reference than a date.</li>
 * <li>A leading or trailing "?", or "c.", "c", "ca.", "circa", "approx", "about", "around",
 * "early", "mid", "late", marks the date as approximate.</li>
 * </ul>
 * Years outside 1900–2100 are refused, and so is a period ("03/04/2019 - 05/04/2019"), with a
 * reason that says to put its end in the end-date column. Every reason is a text in English and
 * Welsh ({@code timeline.reading.*}), so it reads in the language of the sentence it is put in.
 */
public final class UkDates {

    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 2100;

    private static final LocalDate EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 30);
    private static final LocalDate FIRST_EXCEL_DATE = LocalDate.of(1990, 1, 1);
    private static final LocalDate LAST_EXCEL_DATE = LocalDate.of(2100, 12, 31);

    private static final Pattern LEADING_MARK = Pattern.compile(
            "^(?:circa|approximately|approx|about|around|early|mid|late|ca|c)(?:\\.\\s*|\\s+|-|(?=\\d))");
    private static final Pattern TRAILING_MARK = Pattern.compile(
            "\\s*(?:\\(\\s*\\?\\s*\\)|\\[\\s*\\?\\s*]|\\(?(?:approximately|approx|circa|estimated|est)\\.?\\)?)$");

    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,]+$");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("(\\d{5})(?:\\.\\d+)?");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern NUMERIC_DAY = Pattern.compile(
            "(?:([a-z]+)\\.?,?\\s+)?(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})");
    /** "xx/04/2019", "??/04/2019", "00/04/2019": the agency knows the month but not the day. */
    private static final Pattern UNKNOWN_DAY = Pattern.compile("(?:xx|\\?\\?|\\?|--|00)[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})");
    private static final Pattern UNKNOWN_DAY_AND_MONTH = Pattern.compile(
            "(?:xx|\\?\\?|\\?|--|00)[-/.](?:xx|\\?\\?|\\?|--|00)[-/.](\\d{4}|\\d{2})");
    private static final Pattern PERIOD_SEPARATOR = Pattern.compile("\\s+(?:-|to|until|till)\\s+|-");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})[-/](\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WORDS_DAY = Pattern.compile(
            "(?:([a-z]+)\\.?,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s/-]+([a-z]+)\\.?,?[\\s/-]+(\\d{4}|\\d{2})");
    private static final Pattern WORDS_DAY_MONTH_FIRST = Pattern.compile(
            "(?:([a-z]+)\\.?,?\\s+)?([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern WORDS_MONTH = Pattern.compile("([a-z]+)\\.?,?[\\s/'-]+(\\d{4}|\\d{2})");
    private static final Pattern NO_YEAR = Pattern.compile(
            "(?:[a-z]+\\.?,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:[-/.]\\d{1,2}|(?:\\s+of)?[\\s/-]+([a-z]+)\\.?)");
    /** A time at the end of a date cell, as system exports and Excel date-times write it. */
    private static final Pattern TRAILING_TIME = Pattern.compile(
            "(.*\\d)(?:\\s+|T)(\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXCEL_DATE_TIME = Pattern.compile("(\\d{5})(\\.\\d+)");

    private static final Map<String, Month> MONTH_NAMES = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("january", Month.JANUARY),
            Map.entry("feb", Month.FEBRUARY), Map.entry("february", Month.FEBRUARY),
            Map.entry("mar", Month.MARCH), Map.entry("march", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("april", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("jun", Month.JUNE), Map.entry("june", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("july", Month.JULY),
            Map.entry("aug", Month.AUGUST), Map.entry("august", Month.AUGUST),
            Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
            Map.entry("september", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("october", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER), Map.entry("november", Month.NOVEMBER),
            Map.entry("dec", Month.DECEMBER), Map.entry("december", Month.DECEMBER),
            // Welsh, as a Welsh chronology writes its months
            Map.entry("ion", Month.JANUARY), Map.entry("ionawr", Month.JANUARY),
            Map.entry("chw", Month.FEBRUARY), Map.entry("chwef", Month.FEBRUARY),
            Map.entry("chwefror", Month.FEBRUARY), Map.entry("maw", Month.MARCH), Map.entry("mawrth", Month.MARCH),
            Map.entry("ebr", Month.APRIL), Map.entry("ebrill", Month.APRIL), Map.entry("mai", Month.MAY),
            Map.entry("meh", Month.JUNE), Map.entry("mehefin", Month.JUNE),
            Map.entry("gor", Month.JULY), Map.entry("gorff", Month.JULY), Map.entry("gorffennaf", Month.JULY),
            Map.entry("awst", Month.AUGUST), Map.entry("medi", Month.SEPTEMBER),
            Map.entry("hyd", Month.OCTOBER), Map.entry("hydref", Month.OCTOBER),
            Map.entry("tach", Month.NOVEMBER), Map.entry("tachwedd", Month.NOVEMBER),
            Map.entry("rhag", Month.DECEMBER), Map.entry("rhagfyr", Month.DECEMBER));

    private static final Map<String, DayOfWeek> WEEKDAY_NAMES = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("weds", DayOfWeek.WEDNESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

    /** No way of writing a date is longer; longer text is not looked at, however it is written. */
    private static final int LONGEST_DATE = 60;
    private static final String HOW_TO_WRITE = "timeline.reading.how-to-write-date";

    private UkDates() {
    }

    /** The date written in {@code text}, or why it cannot be read. */
    public static Reading<ChronologyDate> parse(@Nullable String text) {
        String written = spacesNormalised(text == null ? "" : text).strip();
        String s = WHITESPACE.matcher(written.toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-'))
                .replaceAll(" ");
        if (s.length() > LONGEST_DATE) {
            return notADate(written, HOW_TO_WRITE);
        }
        Matcher unknown;
        if ((unknown = UNKNOWN_DAY.matcher(s)).matches()) {
            return month(written, false, fullYear(unknown.group(2)), number(unknown, 1));
        }
        if ((unknown = UNKNOWN_DAY_AND_MONTH.matcher(s)).matches()) {
            return year(written, false, fullYear(unknown.group(1)));
        }
        boolean approximate = false;
        String before;
        do {
            before = s;
            if (s.startsWith("?")) {
                s = s.substring(1).strip();
                approximate = true;
            }
            if (s.endsWith("?")) {
                s = s.substring(0, s.length() - 1).strip();
                approximate = true;
            }
            Matcher leading = LEADING_MARK.matcher(s);
            if (leading.find() && leading.end() < s.length()) {
                s = s.substring(leading.end()).strip();
                approximate = true;
            }
            Matcher trailing = TRAILING_MARK.matcher(s);
            if (trailing.find() && trailing.start() > 0) {
                s = s.substring(0, trailing.start()).strip();
                approximate = true;
            }
            s = TRAILING_PUNCTUATION.matcher(s).replaceFirst("").strip();
        } while (!s.equals(before));

        if (s.isEmpty()) {
            return written.isEmpty() ? new Reading.Unreadable<>(new Texts.Ref("timeline.reading.no-date"))
                    : notADate(written, HOW_TO_WRITE);
        }
        return read(s, written, approximate);
    }

    private static Reading<ChronologyDate> read(String s, String written, boolean approximate) {
        Reading<ChronologyDate> single = readOne(s, written, approximate);
        if (single instanceof Reading.Unreadable<ChronologyDate> unreadable
                && saysHowToWrite(unreadable) && isPeriod(s)) {
            return notADate(written, "timeline.reading.period");
        }
        return single;
    }

    private static Reading<ChronologyDate> readOne(String s, String written, boolean approximate) {
        Matcher m;
        if ((m = EXCEL_SERIAL.matcher(s)).matches()) {
            LocalDate day = EXCEL_DAY_ZERO.plusDays(Long.parseLong(m.group(1)));
            if (day.isBefore(FIRST_EXCEL_DATE) || day.isAfter(LAST_EXCEL_DATE)) {
                return notADate(written, "timeline.reading.excel-outside", FIRST_EXCEL_DATE.getYear(),
                        LAST_EXCEL_DATE.getYear());
            }
            return new Reading.Read<>(new ChronologyDate(day, Precision.DAY, approximate, written));
        }
        if ((m = ISO_DAY.matcher(s)).matches()) {
            return day(written, approximate, number(m, 1), number(m, 2), number(m, 3), null, false);
        }
        if ((m = NUMERIC_DAY.matcher(s)).matches()) {
            return withWeekday(written, approximate, m.group(1), fullYear(m.group(4)), number(m, 3), number(m, 2),
                    true);
        }
        if ((m = NUMERIC_MONTH.matcher(s)).matches()) {
            return month(written, approximate, number(m, 2), number(m, 1));
        }
        if ((m = ISO_MONTH.matcher(s)).matches()) {
            return month(written, approximate, number(m, 1), number(m, 2));
        }
        if ((m = YEAR.matcher(s)).matches()) {
            return year(written, approximate, number(m, 1));
        }
        if ((m = WORDS_DAY.matcher(s)).matches() && MONTH_NAMES.containsKey(m.group(3))) {
            return withWeekday(written, approximate, m.group(1), fullYear(m.group(4)),
                    MONTH_NAMES.get(m.group(3)).getValue(), number(m, 2), false);
        }
        if ((m = WORDS_DAY_MONTH_FIRST.matcher(s)).matches() && MONTH_NAMES.containsKey(m.group(2))) {
            return withWeekday(written, approximate, m.group(1), number(m, 4),
                    MONTH_NAMES.get(m.group(2)).getValue(), number(m, 3), false);
        }
        if ((m = WORDS_MONTH.matcher(s)).matches() && MONTH_NAMES.containsKey(m.group(1))) {
            return month(written, approximate, fullYear(m.group(2)), MONTH_NAMES.get(m.group(1)).getValue());
        }
        if ((m = NO_YEAR.matcher(s)).matches() && (m.group(1) == null || MONTH_NAMES.containsKey(m.group(1)))) {
            return notADate(written, "timeline.reading.year-missing");
        }
        return notADate(written, HOW_TO_WRITE);
    }

    /** "03/04/2019 - 05/04/2019", "2018 to 2019": two readable dates either side of a separator. */
    private static boolean isPeriod(String s) {
        Matcher separator = PERIOD_SEPARATOR.matcher(s);
        while (separator.find()) {
            String start = s.substring(0, separator.start()).strip();
            String end = s.substring(separator.end()).strip();
            if (!start.isEmpty() && !end.isEmpty() && readOne(start, start, false).isRead()
                    && readOne(end, end, false).isRead()) {
                return true;
            }
        }
        return false;
    }

    private static Reading<ChronologyDate> withWeekday(String written, boolean approximate, @Nullable String weekday,
            int year, int month, int day, boolean numeric) {
        DayOfWeek named = weekday == null ? null : WEEKDAY_NAMES.get(weekday);
        if (weekday != null && named == null) {
            return notADate(written, HOW_TO_WRITE);
        }
        return day(written, approximate, year, month, day, named, numeric);
    }

    private static Reading<ChronologyDate> day(String written, boolean approximate, int year, int month, int day,
            @Nullable DayOfWeek weekday, boolean numeric) {
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            return outsideYears(written, year);
        }
        if (month < 1 || month > 12) {
            // a month past 12 in numbers is most likely a US date: say how we read them
            return notADate(written, numeric ? "timeline.reading.no-month-day-first" : "timeline.reading.no-month",
                    month);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            return notADate(written, "timeline.reading.days-in-month", asDate(yearMonth.atDay(1)),
                    yearMonth.lengthOfMonth());
        }
        LocalDate date = yearMonth.atDay(day);
        if (weekday != null && date.getDayOfWeek() != weekday) {
            return notADate(written, "timeline.reading.wrong-weekday", asDate(date));
        }
        return new Reading.Read<>(new ChronologyDate(date, Precision.DAY, approximate, written));
    }

    private static Reading<ChronologyDate> year(String written, boolean approximate, int year) {
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            return outsideYears(written, year);
        }
        return new Reading.Read<>(new ChronologyDate(LocalDate.of(year, 1, 1), Precision.YEAR, approximate, written));
    }

    private static Reading<ChronologyDate> month(String written, boolean approximate, int year, int month) {
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            return outsideYears(written, year);
        }
        if (month < 1 || month > 12) {
            return notADate(written, "timeline.reading.no-month", month);
        }
        return new Reading.Read<>(new ChronologyDate(LocalDate.of(year, month, 1), Precision.MONTH, approximate,
                written));
    }

    /** Splits a time off the end of a date cell ("03/04/2019 14:30", "2019-04-03T14:30", "43558.75"). */
    static DateAndTimeText splitTime(String cell) {
        String text = spacesNormalised(cell).strip();
        Matcher serial = EXCEL_DATE_TIME.matcher(text);
        if (serial.matches()) {
            return new DateAndTimeText(serial.group(1), "0" + serial.group(2));
        }
        Matcher m = TRAILING_TIME.matcher(text);
        if (m.matches()) {
            return new DateAndTimeText(m.group(1).strip(), m.group(2));
        }
        return new DateAndTimeText(text, null);
    }

    /** A date cell's text, and the time written after the date if there was one. */
    record DateAndTimeText(String date, @Nullable String time) {
    }

    static String spacesNormalised(String text) {
        return text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
    }

    static String quoted(String written) {
        int limit = 40;
        return "'" + (written.length() > limit ? written.substring(0, limit) + "…" : written) + "'";
    }

    /** "'31/02/2019' is not a date: " and why: the text {@code whyKey} with {@code args}. */
    private static Reading<ChronologyDate> notADate(String written, String whyKey, Object... args) {
        return new Reading.Unreadable<>(new Texts.Ref("timeline.reading.not-a-date", quoted(written),
                new Texts.Ref(whyKey, args)));
    }

    private static boolean saysHowToWrite(Reading.Unreadable<ChronologyDate> unreadable) {
        Object[] args = unreadable.why().args();
        return args.length == 2 && args[1] instanceof Texts.Ref why && why.key().equals(HOW_TO_WRITE);
    }

    private static Reading<ChronologyDate> outsideYears(String written, int year) {
        return notADate(written, "timeline.reading.year-outside", year, EARLIEST_YEAR, LATEST_YEAR);
    }

    /**
     * A day as the texts' {@code {0,date,…}} patterns take it, which name the month and weekday in
     * the reader's language: midday in this machine's zone, the zone those patterns print in.
     */
    private static Date asDate(LocalDate day) {
        return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int fullYear(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year < 70 ? 2000 + year : 1900 + year;
        }
        return year;
    }
}
