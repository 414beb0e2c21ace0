package vn.motcua.deadlines;

import java.time.OffsetDateTime;
import java.util.Date;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.CalendarService;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.DossierVariables;

/**
 * A dossier's statutory clock and its due moments: started at receipt (the receipt deadline, with the
 * 15:00 rule: README, 'The working-day calendar'), started again from zero when a supplement requested
 * after appraisal arrives (Decree 61/2018/NĐ-CP Art. 19(4)), and the new return date an apology may set
 * once (Art. 19: it does not move the due moment; the dossier still counts as late). The models' timers
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
        return due;
    }

    /** The due moment of a dossier received at the moment: its statutory working days counted from then. */
    public OffsetDateTime receiptDeadline(OffsetDateTime receivedAt, int statutoryWorkingDays, String agencyCode) {
        return calendar.caseDeadline(receivedAt.atZoneSameInstant(VietnamTime.ZONE), statutoryWorkingDays, agencyCode)
                .dueAt().toOffsetDateTime();
    }

    /**
     * Refuses an apology's new return date unless it is given, in the future, after the current promised
     * moment ({@code currentDueAt}, null when none) and within the calendar's range.
     */
    public void checkNewReturnDate(OffsetDateTime currentDueAt, OffsetDateTime newDueAt, OffsetDateTime now) {
        if (newDueAt == null) {
            throw new BadUserRequestException("Phải hẹn lại ngày trả kết quả (newReturnDate)");
        }
        if (newDueAt.toLocalDate().isAfter(VietnamTime.LAST_DAY)) {
            throw new BadUserRequestException("Ngày hẹn trả mới phải trước năm " + (VietnamTime.LAST_DAY.getYear() + 1)
                    + " (newReturnDate)");
        }
        if (!newDueAt.isAfter(now)) {
            throw new BadUserRequestException("Ngày hẹn trả mới phải ở tương lai (newReturnDate)");
        }
        if (currentDueAt != null && !newDueAt.isAfter(currentDueAt)) {
            throw new BadUserRequestException("Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại " + currentDueAt
                    + " (newReturnDate)");
        }
    }
}
