package vn.motcua.measurement;

import java.time.ZonedDateTime;

import vn.motcua.calendar.VietnamTime;

/**
 * Early, on time or late against a due moment (README: 'The working-day calendar'); steps and dossiers are
 * judged alike.
 */
public enum Timeliness {
    /** Done on a day before the due day (trước hạn). */
    EARLY("Trước hạn"),
    /** Done on the due day, up to the due moment (đúng hạn). */
    ON_TIME("Đúng hạn"),
    /** Done after the due moment (quá hạn). */
    LATE("Quá hạn");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Null when there was no due moment to judge against. */
    public static Timeliness judge(ZonedDateTime doneAt, ZonedDateTime dueAt) {
        if (doneAt == null || dueAt == null) {
            return null;
        }
        if (doneAt.isAfter(dueAt)) {
            return LATE;
        }
        boolean beforeDueDay = doneAt.withZoneSameInstant(VietnamTime.ZONE).toLocalDate()
                .isBefore(dueAt.withZoneSameInstant(VietnamTime.ZONE).toLocalDate());
        return beforeDueDay ? EARLY : ON_TIME;
    }
}
