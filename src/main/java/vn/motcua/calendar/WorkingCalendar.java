package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable view of which days are working days: Monday to Friday, minus the holidays, days in
 * lieu and closures, plus the make-up working days, of every year that has data.
 *
 * <p>A year without data is never silently guessed: its days are judged by the weekend and the
 * fixed-date holidays of the Labour Code, and every answer that used such a day is provisional.
 */
public final class WorkingCalendar {

    /** Labour Code 2019 Art. 112(1): the holidays fixed on the solar calendar. Tết and 10/3 are lunar. */
    static final List<MonthDay> FIXED_SOLAR_HOLIDAYS = List.of(
            MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 2));

    private final Map<LocalDate, SpecialDay> days;
    private final Set<Integer> knownYears;
    private final Map<Integer, Set<LocalDate>> guessedDaysOff = new ConcurrentHashMap<>();

    public WorkingCalendar(Collection<SpecialDay> days, Set<Integer> knownYears) {
        Map<LocalDate, SpecialDay> byDate = new HashMap<>();
        days.forEach(day -> byDate.put(day.date(), day));
        this.days = Map.copyOf(byDate);
        this.knownYears = Set.copyOf(knownYears);
    }

    /** Starts one computation; the lookup remembers whether any answer it gave was provisional. */
    public Lookup lookup() {
        return new Lookup();
    }

    public boolean isKnownYear(int year) {
        return knownYears.contains(year);
    }

    public Set<Integer> knownYears() {
        return knownYears;
    }

    public List<SpecialDay> daysOf(int year) {
        return days.values().stream()
                .filter(day -> day.date().getYear() == year)
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .toList();
    }

    private Set<LocalDate> guessDaysOff(int year) {
        return guessedDaysOff.computeIfAbsent(year, y -> {
            Set<LocalDate> off = new java.util.HashSet<>();
            for (MonthDay monthDay : FIXED_SOLAR_HOLIDAYS) {
                LocalDate holiday = monthDay.atYear(y);
                off.add(holiday);
                // Labour Code 2019 Art. 112(3): a holiday on a weekend gives a day off in lieu.
                if (isWeekend(holiday)) {
                    LocalDate inLieu = holiday.plusDays(1);
                    while (isWeekend(inLieu) || off.contains(inLieu)) {
                        inLieu = inLieu.plusDays(1);
                    }
                    off.add(inLieu);
                }
            }
            return Set.copyOf(off);
        });
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The answers of one computation, and whether any of them rested on a guess. */
    public final class Lookup {

        /** More than a year of consecutive days off means the calendar data is broken. */
        private static final int MAX_DAYS_OFF_IN_A_ROW = 366;

        private final Set<Integer> provisionalYears = new java.util.TreeSet<>();
        private boolean provisional;

        private Lookup() {
        }

        public boolean isWorkingDay(LocalDate date) {
            SpecialDay special = days.get(date);
            if (special != null) {
                if (!special.confirmed()) {
                    provisional = true;
                }
                return special.kind().isWorking();
            }
            if (!knownYears.contains(date.getYear())) {
                provisional = true;
                provisionalYears.add(date.getYear());
                return !isWeekend(date) && !guessDaysOff(date.getYear()).contains(date);
            }
            return !isWeekend(date);
        }

        /** The first working day strictly after the given date. */
        public LocalDate nextWorkingDay(LocalDate date) {
            LocalDate next = date.plusDays(1);
            for (int i = 0; i < MAX_DAYS_OFF_IN_A_ROW; i++, next = next.plusDays(1)) {
                if (isWorkingDay(next)) {
                    return next;
                }
            }
            throw new IllegalStateException("no working day within a year after " + date
                    + ": check the calendar data");
        }

        /** The last working day strictly before the given date. */
        public LocalDate previousWorkingDay(LocalDate date) {
            LocalDate previous = date.minusDays(1);
            for (int i = 0; i < MAX_DAYS_OFF_IN_A_ROW; i++, previous = previous.minusDays(1)) {
                if (isWorkingDay(previous)) {
                    return previous;
                }
            }
            throw new IllegalStateException("no working day within a year before " + date
                    + ": check the calendar data");
        }

        public boolean provisional() {
            return provisional;
        }

        /** Years without calendar data that this lookup had to guess. */
        public Set<Integer> provisionalYears() {
            return Set.copyOf(provisionalYears);
        }
    }
}
