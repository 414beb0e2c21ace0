package vn.motcua.deadlines;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.CalendarService;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.DossierVariables;

/**
 * A dossier's statutory clock and its due moments: started at receipt (the receipt deadline, with the
 * 15:00 rule: README, 'The working-day calendar'), started again from zero when a supplement requested
 * after appraisal arrives (Decree 61/2018/NĐ-CP Art. 19(4)), and the new return date an apology may set
 * once (Art. 19: it does not move the due moment the dossier is measured against; the dossier still counts as
 * late, while the new moment is what the citizen is promised from then on). The models' timers
 * read the moments it keeps through {@link DossierDeadlines}.
 */
@Component
public class DossierClock {

    private final CalendarService calendar;

    DossierClock(CalendarService calendar) {
        this.calendar = calendar;
    }

    /**
     * Starts the statutory time at {@code from}: the dossier falls due after its statutory working days, and
     * the process keeps both moments ({@value DossierVariables#DOSSIER_DUE_DATE},
     * {@value DossierVariables#CLOCK_STARTED}). Returns the due moment.
     */
    public OffsetDateTime start(VariableScope process, OffsetDateTime from, int statutoryWorkingDays, String agencyCode) {
        OffsetDateTime due = receiptDeadline(from, statutoryWorkingDays, agencyCode);
        DossierVariables.setDossierDueAt(process, Date.from(due.toInstant()));
        DossierVariables.setClockStartedAt(process, Date.from(from.toInstant()));
        DossierVariables.setReceivedAtOnce(process, Date.from(from.toInstant()));
        // a clock started again after a supplement (Art. 19(4)) has a new due moment not yet passed
        process.removeVariable(DossierVariables.DOSSIER_OVERDUE);
        return due;
    }

    /** The due moment of a dossier received at the moment: its statutory working days counted from then. */
    public OffsetDateTime receiptDeadline(OffsetDateTime receivedAt, int statutoryWorkingDays, String agencyCode) {
        return calendar.caseDeadline(receivedAt.atZoneSameInstant(VietnamTime.ZONE), statutoryWorkingDays, agencyCode)
                .dueAt().toOffsetDateTime();
    }

    /**
     * What is wrong with an apology's new return moment, in Vietnamese, or empty when it is right: it must be
     * given, in the future, a working moment (a working day, inside the agency's office hours: the citizen is
     * asked to come back then) and strictly later than the current promised moment ({@code currentPromise},
     * null when none), within the calendar's range.
     */
    public Optional<String> newReturnProblem(OffsetDateTime currentPromise, OffsetDateTime newReturnAt,
                                                       OffsetDateTime now, String agencyCode) {
        if (newReturnAt == null) {
            return Optional.of("Phải hẹn lại ngày trả kết quả");
        }
        if (newReturnAt.toLocalDate().isAfter(VietnamTime.LAST_DAY)) {
            return Optional.of("Ngày hẹn trả mới phải trước năm " + (VietnamTime.LAST_DAY.getYear() + 1));
        }
        if (!newReturnAt.isAfter(now)) {
            return Optional.of("Ngày hẹn trả mới phải ở tương lai");
        }
        if (currentPromise != null && !newReturnAt.isAfter(currentPromise)) {
            return Optional.of("Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại (" + shown(currentPromise) + ")");
        }
        if (!calendar.isWorkingMoment(newReturnAt.atZoneSameInstant(VietnamTime.ZONE), agencyCode)) {
            return Optional.of("Ngày hẹn trả mới (" + shown(newReturnAt)
                    + ") không phải thời điểm làm việc: chọn một ngày làm việc, trong giờ hành chính");
        }
        return Optional.empty();
    }

    private static String shown(OffsetDateTime moment) {
        return moment.atZoneSameInstant(VietnamTime.ZONE).format(VietnamTime.SHOWN);
    }

    /** The close of office hours of the agency on that day: the moment a date-only new return date means. */
    public OffsetDateTime closeOf(java.time.LocalDate day, String agencyCode) {
        return day.atTime(calendar.officeHours(agencyCode).close()).atZone(VietnamTime.ZONE).toOffsetDateTime();
    }
}
