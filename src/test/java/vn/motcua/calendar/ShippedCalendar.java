package vn.motcua.calendar;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/** The calendar as shipped under processes/calendar, for unit tests. */
final class ShippedCalendar {

    static final WorkingCalendar CALENDAR;

    static {
        HolidayFiles.Loaded loaded = HolidayFiles.load("file:processes/calendar/");
        CALENDAR = new WorkingCalendar(loaded.days(), loaded.years());
    }

    static DeadlineCalculator calculator() {
        return new DeadlineCalculator(CALENDAR, LocalTime.of(15, 0));
    }

    /** A Vietnamese local moment. */
    static ZonedDateTime vn(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VietnamTime.ZONE);
    }

    private ShippedCalendar() {
    }
}
