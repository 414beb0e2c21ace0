package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One non-standard day of the calendar with the rule it comes from.
 *
 * @param confirmed false while the authorities have not yet published the day (a deadline that
 *                  depends on it is provisional)
 * @param origin    where the entry comes from: {@code file} (processes/calendar) or {@code admin} (API)
 */
public record SpecialDay(LocalDate date, DayKind kind, String reason, String legalSource, boolean confirmed,
                         String origin) {

    public static final String ORIGIN_FILE = "file";
    public static final String ORIGIN_ADMIN = "admin";

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
