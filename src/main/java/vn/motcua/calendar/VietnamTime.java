package vn.motcua.calendar;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Every legal moment is Vietnamese local time, whatever the server's own zone is. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** How a moment is written for people in notices and notifications: "14:30 05/03/2026". */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /** How a day is written for people: "05/03/2026"; also how they type one. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The days a person may give the system (a deadline, a period, a new return date): nothing Motcua
     * records happened before 2000 or is due after 2100, and a year like +999999999 only overflows.
     */
    public static final java.time.LocalDate FIRST_DAY = java.time.LocalDate.of(2000, 1, 1);
    public static final java.time.LocalDate LAST_DAY = java.time.LocalDate.of(2100, 12, 31);

    private VietnamTime() {
    }

    /** The same instant in Vietnamese time (+07:00): moments are stored in UTC and shown so; null stays null. */
    public static OffsetDateTime local(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
