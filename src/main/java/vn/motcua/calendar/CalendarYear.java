package vn.motcua.calendar;

import java.util.List;

/**
 * The non-standard days of one year.
 *
 * @param provisional true when the year has no data and deadlines in it are guessed
 */
public record CalendarYear(int year, boolean provisional, List<SpecialDay> days) {
}
