package vn.motcua.calendar;

import java.time.ZonedDateTime;

/** Vietnamese local moments for tests in other packages. */
public final class ShippedCalendarMoments {

    private ShippedCalendarMoments() {
    }

    public static ZonedDateTime vn(int year, int month, int day, int hour, int minute) {
        return ShippedCalendar.vn(year, month, day, hour, minute);
    }
}
