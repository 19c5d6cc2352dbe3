package org.roundtable.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.roundtable.shared.Texts;

/**
 * Proposes the periods of the lived experience lane: either consecutive calendar periods over
 * the timeline's span, or the child's age bands ("Before birth", "0–6 months", "6–12 months",
 * "1–2 years"…) from a date of birth. Plain rules, no ids: the service names the periods.
 */
final class LivedPeriods {

    /** Few enough periods for the lane to stay readable beside the timeline. */
    static final int SENSIBLE_COUNT = 12;
    static final int LAST_YEARLY_BAND = 18;

    /** A proposed period: its name and its first and last day. */
    record Draft(LivedPeriodName name, LocalDate from, LocalDate to) {

        /** Its name in English, as the log keeps it beside the name itself. */
        String label() {
            return name.in(Texts.ENGLISH);
        }
    }

    private LivedPeriods() {
    }

    /**
     * Calendar periods of {@code length} covering {@code first} to {@code last}, aligned to
     * half-years or years; with no length, the shortest that gives at most {@link #SENSIBLE_COUNT}.
     */
    static List<Draft> bySpan(LocalDate first, LocalDate last, @Nullable LivedPeriodLength length) {
        if (last.isBefore(first)) {
            return bySpan(last, first, length);
        }
        if (length != null) {
            return periods(first, last, length);
        }
        List<Draft> drafts = List.of();
        for (LivedPeriodLength candidate : LivedPeriodLength.values()) {
            drafts = periods(first, last, candidate);
            if (drafts.size() <= SENSIBLE_COUNT) {
                break;
            }
        }
        return drafts;
    }

    private static List<Draft> periods(LocalDate first, LocalDate last, LivedPeriodLength length) {
        LocalDate start = length == LivedPeriodLength.SIX_MONTHS
                ? first.withDayOfMonth(1).withMonth(first.getMonthValue() <= 6 ? 1 : 7)
                : first.withDayOfYear(1);
        List<Draft> drafts = new ArrayList<>();
        while (!start.isAfter(last)) {
            LocalDate end = start.plusMonths(length.months()).minusDays(1);
            drafts.add(new Draft(calendarName(start, end, length), start, end));
            start = end.plusDays(1);
        }
        return drafts;
    }

    private static LivedPeriodName calendarName(LocalDate from, LocalDate to, LivedPeriodLength length) {
        return switch (length) {
            case SIX_MONTHS -> LivedPeriodName.of(LivedPeriodName.Kind.MONTHS_OF_YEAR, from.getMonthValue(),
                    to.getMonthValue(), from.getYear());
            case YEAR -> LivedPeriodName.of(LivedPeriodName.Kind.YEAR, from.getYear());
            case TWO_YEARS, FIVE_YEARS -> LivedPeriodName.of(LivedPeriodName.Kind.YEARS, from.getYear(), to.getYear());
        };
    }

    /**
     * The child's age bands that {@code first} to {@code last} touches: "Before birth" when the
     * span starts before {@code dateOfBirth}, then "0–6 months", "6–12 months", yearly bands to
     * 18, and "18 years and over".
     */
    static List<Draft> byAge(LocalDate dateOfBirth, LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            return byAge(dateOfBirth, last, first);
        }
        List<Draft> drafts = new ArrayList<>();
        if (first.isBefore(dateOfBirth)) {
            drafts.add(new Draft(LivedPeriodName.of(LivedPeriodName.Kind.BEFORE_BIRTH), first,
                    dateOfBirth.minusDays(1)));
        }
        for (Draft band : ageBands(dateOfBirth, last)) {
            if (!band.to().isBefore(first) && !band.from().isAfter(last)) {
                drafts.add(band);
            }
        }
        return drafts;
    }

    /** Every band from birth up to the one holding {@code until}. */
    private static List<Draft> ageBands(LocalDate dateOfBirth, LocalDate until) {
        List<Draft> bands = new ArrayList<>();
        bands.add(band(LivedPeriodName.of(LivedPeriodName.Kind.MONTHS_OLD, 0, 6), dateOfBirth,
                dateOfBirth.plusMonths(6)));
        bands.add(band(LivedPeriodName.of(LivedPeriodName.Kind.MONTHS_OLD, 6, 12), dateOfBirth.plusMonths(6),
                dateOfBirth.plusYears(1)));
        for (int year = 1; year < LAST_YEARLY_BAND; year++) {
            bands.add(band(LivedPeriodName.of(LivedPeriodName.Kind.YEARS_OLD, year, year + 1),
                    dateOfBirth.plusYears(year), dateOfBirth.plusYears(year + 1)));
        }
        LocalDate adult = dateOfBirth.plusYears(LAST_YEARLY_BAND);
        bands.add(new Draft(LivedPeriodName.of(LivedPeriodName.Kind.ADULT, LAST_YEARLY_BAND), adult,
                until.isBefore(adult) ? adult : until));
        return bands;
    }

    /** A band from one birthday (or half-birthday) to the day before the next. */
    private static Draft band(LivedPeriodName name, LocalDate from, LocalDate nextFrom) {
        return new Draft(name, from, nextFrom.minusDays(1));
    }
}
