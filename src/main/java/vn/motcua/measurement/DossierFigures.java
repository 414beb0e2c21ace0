package vn.motcua.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.CalendarService;
import vn.motcua.calendar.VietnamTime;

/**
 * The figures of the README's 'Measuring on-time resolution', recorded as a dossier lives, in the
 * transaction of the event: the daily counters the reports sum, and at close the dossier's own
 * classification (early, on time, late), its processing time and its Decision 766 time.
 */
@Component
public class DossierFigures {

    /** Whose counters an event adds to. */
    public record Counters(String agencyCode, String department, String procedureCode) {
    }

    /** A time the citizen kept the dossier waiting: a supplement requested after appraisal, until it arrived. */
    public record Wait(OffsetDateTime from, OffsetDateTime to) {
    }

    /**
     * The moments of a dossier whose result is signed.
     *
     * @param countingFrom the start of its current statutory time (receipt, or the last supplement's arrival)
     * @param dueAt        its promised return moment
     * @param firstDueAt   the due moment its first receipt set
     * @param waits        the supplements after appraisal that arrived
     */
    public record Resolution(OffsetDateTime receivedAt, OffsetDateTime countingFrom, OffsetDateTime resultAt,
                             OffsetDateTime dueAt, OffsetDateTime firstDueAt, int statutoryWorkingDays, int supplementCount,
                             List<Wait> waits) {
    }

    /** What was measured of a resolved dossier, kept on its record. */
    public record Measured(Timeliness timeliness, BigDecimal processingWorkingDays, BigDecimal decision766WorkingDays,
                           boolean decision766Late) {
    }

    private final DailyStats stats;
    private final CalendarService calendar;

    DossierFigures(DailyStats stats, CalendarService calendar) {
        this.stats = stats;
        this.calendar = calendar;
    }

    /** Counts one event of the dossier on the day (in Vietnam) of the moment. */
    public void count(Counters counters, OffsetDateTime at, Metric metric) {
        add(counters, day(at), metric, BigDecimal.ONE);
    }

    /**
     * A dossier resolved, or refused after appraisal, is closed on the day of {@code closedAt}: judged against
     * its promised return moment, and its working times summed for the averages.
     */
    public Measured resolved(Counters counters, Resolution dossier, boolean refused, OffsetDateTime closedAt) {
        LocalDate day = day(closedAt);
        OffsetDateTime result = dossier.resultAt();
        String agency = counters.agencyCode();
        Timeliness timeliness = Timeliness.judge(result.toZonedDateTime(), dossier.dueAt().toZonedDateTime());
        BigDecimal processing = workingDays(dossier.countingFrom(), result, agency);
        // Decision 766/QĐ-TTg: from the first receipt, the citizen's supplement waits subtracted
        BigDecimal decision766 = workingDays(dossier.receivedAt(), result, agency);
        for (Wait wait : dossier.waits()) {
            decision766 = decision766.subtract(workingDays(wait.from(), wait.to(), agency));
        }
        decision766 = decision766.max(BigDecimal.ZERO);
        // on time when the working time used fits the working time the first receipt allowed
        BigDecimal allowed = workingDays(dossier.receivedAt(), dossier.firstDueAt(), agency);
        boolean decision766Late = dossier.supplementCount() > 1 || decision766.compareTo(allowed) > 0;
        Measured measured = new Measured(timeliness, processing, decision766, decision766Late);
        if (refused) {
            add(counters, day, Metric.REFUSED, BigDecimal.ONE);
            return measured;
        }
        add(counters, day, switch (timeliness) {
            case EARLY -> Metric.RESOLVED_EARLY;
            case ON_TIME -> Metric.RESOLVED_ON_TIME;
            case LATE -> Metric.RESOLVED_LATE;
        }, BigDecimal.ONE);
        add(counters, day, Metric.PROCESSING_DAYS, processing);
        add(counters, day, Metric.STATUTORY_DAYS, BigDecimal.valueOf(dossier.statutoryWorkingDays()));
        add(counters, day, Metric.DECISION766_DAYS, decision766);
        add(counters, day, decision766Late ? Metric.DECISION766_LATE : Metric.DECISION766_ON_TIME, BigDecimal.ONE);
        return measured;
    }

    private BigDecimal workingDays(OffsetDateTime from, OffsetDateTime to, String agency) {
        if (to.isBefore(from)) {
            return BigDecimal.ZERO;
        }
        return calendar.workingTime(from.toZonedDateTime(), to.toZonedDateTime(), agency).workingDays()
                .setScale(2, RoundingMode.HALF_UP);
    }

    private void add(Counters counters, LocalDate day, Metric metric, BigDecimal amount) {
        stats.add(day, counters.agencyCode(), counters.department(), counters.procedureCode(), metric, amount);
    }

    private static LocalDate day(OffsetDateTime moment) {
        return moment.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    }
}
