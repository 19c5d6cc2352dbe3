package org.roundtable.event;

import java.time.LocalDate;

/** One day (or half day) of a learning event. */
public record EventDay(LocalDate date, DayPart part) {
}
