package org.roundtable.board;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roundtable.shared.Texts;

/**
 * The name of a period the lane generated, kept as what it is (an age band, a half-year) rather
 * than as words, so that a Welsh screen reads "1–2 oed" where an English one reads "1–2 years".
 *
 * @param kind    what sort of period
 * @param numbers its ages in months or years, its months (1 to 12) and years, as {@link Kind} says
 */
public record LivedPeriodName(Kind kind, List<Integer> numbers) {

    /** What sort of period a generated one is, and which numbers it holds. */
    public enum Kind {
        /** Before the child was born; no numbers. */
        BEFORE_BIRTH,
        /** From one age in months to another: 0 and 6. */
        MONTHS_OLD,
        /** From one age in years to the next: 1 and 2. */
        YEARS_OLD,
        /** From an age in years onwards: 18. */
        ADULT,
        /** Part of a year: its first month, its last month, the year. */
        MONTHS_OF_YEAR,
        /** One calendar year. */
        YEAR,
        /** From one calendar year to another. */
        YEARS
    }

    // The English names generated before names were kept as what they are, as logs hold them.
    private static final Pattern MONTHS_OLD_EN = Pattern.compile("(\\d+)–(\\d+) months"); // not text: old logs
    private static final Pattern YEARS_OLD_EN = Pattern.compile("(\\d+)–(\\d+) years"); // not text: old logs
    private static final Pattern ADULT_EN = Pattern.compile("(\\d+) years and over"); // not text: old logs
    private static final Pattern MONTHS_OF_YEAR_EN = Pattern.compile("([A-Z][a-z]{2})–([A-Z][a-z]{2}) (\\d{4})");
    private static final Pattern YEAR_EN = Pattern.compile("(\\d{4})");
    private static final Pattern YEARS_EN = Pattern.compile("(\\d{4})–(\\d{4})");
    private static final String BEFORE_BIRTH_EN = "Before birth"; // not text: old logs

    public LivedPeriodName {
        numbers = List.copyOf(numbers);
    }

    static LivedPeriodName of(Kind kind, Integer... numbers) {
        return new LivedPeriodName(kind, Arrays.asList(numbers));
    }

    /** The name in {@code language}. */
    public String in(Locale language) {
        return switch (kind) {
            case BEFORE_BIRTH -> Texts.get(language, "board.lane.period.before-birth");
            case MONTHS_OLD -> Texts.get(language, "board.lane.period.months-old", number(0), number(1));
            case YEARS_OLD -> Texts.get(language, "board.lane.period.years-old", number(0), number(1));
            case ADULT -> Texts.get(language, "board.lane.period.adult", number(0));
            case MONTHS_OF_YEAR -> Texts.get(language, "board.lane.period.months-of-year", month(0, language),
                    month(1, language), number(2));
            case YEAR -> number(0);
            case YEARS -> Texts.get(language, "board.lane.period.years", number(0), number(1));
        };
    }

    /** A number as digits only: a year is 2019, not 2,019. */
    private String number(int index) {
        return String.valueOf(numbers.get(index));
    }

    private String month(int index, Locale language) {
        return Month.of(numbers.get(index)).getDisplayName(TextStyle.SHORT, Texts.supported(language));
    }

    /**
     * What a period's English name says it is, for periods generated before their names were kept
     * as what they are: "Before birth", "6–12 months", "1–2 years", "18 years and over",
     * "Jan–Jun 2019", "2019", "2018–2019". Empty for any other name.
     */
    static Optional<LivedPeriodName> recognise(String english) {
        if (english.equals(BEFORE_BIRTH_EN)) {
            return Optional.of(of(Kind.BEFORE_BIRTH));
        }
        Matcher m;
        if ((m = MONTHS_OLD_EN.matcher(english)).matches()) {
            return Optional.of(of(Kind.MONTHS_OLD, group(m, 1), group(m, 2)));
        }
        if ((m = YEARS_OLD_EN.matcher(english)).matches()) {
            return Optional.of(of(Kind.YEARS_OLD, group(m, 1), group(m, 2)));
        }
        if ((m = ADULT_EN.matcher(english)).matches()) {
            return Optional.of(of(Kind.ADULT, group(m, 1)));
        }
        if ((m = MONTHS_OF_YEAR_EN.matcher(english)).matches()) {
            Optional<Integer> first = englishMonth(m.group(1));
            Optional<Integer> last = englishMonth(m.group(2));
            return first.isPresent() && last.isPresent()
                    ? Optional.of(of(Kind.MONTHS_OF_YEAR, first.get(), last.get(), group(m, 3)))
                    : Optional.empty();
        }
        if ((m = YEAR_EN.matcher(english)).matches()) {
            return Optional.of(of(Kind.YEAR, group(m, 1)));
        }
        if ((m = YEARS_EN.matcher(english)).matches()) {
            return Optional.of(of(Kind.YEARS, group(m, 1), group(m, 2)));
        }
        return Optional.empty();
    }

    private static Integer group(Matcher matcher, int group) {
        return Integer.valueOf(matcher.group(group));
    }

    private static Optional<Integer> englishMonth(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Texts.ENGLISH).startsWith(abbreviation)) {
                return Optional.of(month.getValue());
            }
        }
        return Optional.empty();
    }
}
