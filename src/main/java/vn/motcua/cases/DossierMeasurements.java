package vn.motcua.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.CalendarService;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.iso.nonconformity.Nonconformities;
import vn.motcua.measurement.DailyStats;
import vn.motcua.measurement.Metric;
import vn.motcua.measurement.Timeliness;

/**
 * The figures of the README's 'Measuring on-time resolution', recorded as the dossier lives, in the transaction
 * of the event: the daily
 * counters the reports sum, and at close the dossier's own classification and processing times.
 */
@Component
class DossierMeasurements {

    private final DailyStats stats;
    private final DossierRepository dossiers;
    private final CalendarService calendar;
    private final Nonconformities nonconformities;

    DossierMeasurements(DailyStats stats, DossierRepository dossiers, CalendarService calendar, Nonconformities nonconformities) {
        this.stats = stats;
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.nonconformities = nonconformities;
    }

    void received(Dossier dossier) {
        LocalDate day = day(dossier.receivedAt());
        count(dossier, day, Metric.RECEIVED);
        count(dossier, day, switch (dossier.channel()) {
            case IN_PERSON -> Metric.RECEIVED_IN_PERSON;
            case ONLINE -> Metric.RECEIVED_ONLINE;
            case POST -> Metric.RECEIVED_BY_POST;
        });
    }

    void refusedAtIntake(Dossier dossier, OffsetDateTime at) {
        count(dossier, day(at), Metric.REFUSED);
    }

    void supplementRequested(Dossier dossier, OffsetDateTime at) {
        count(dossier, day(at), Metric.SUPPLEMENT_REQUESTS);
    }

    void apologised(Dossier dossier, OffsetDateTime at) {
        count(dossier, day(at), Metric.APOLOGIES);
    }

    /** A received dossier closes: resolved (early, on time, late), refused, withdrawn or abandoned. */
    void closed(Dossier dossier, DossierOutcome outcome, OffsetDateTime at) {
        LocalDate day = day(at);
        count(dossier, day, Metric.CLOSED);
        switch (outcome) {
            case WITHDRAWN -> count(dossier, day, Metric.WITHDRAWN);
            case ABANDONED -> count(dossier, day, Metric.ABANDONED);
            case RESOLVED, REFUSED -> resolved(dossier, outcome, day);
            default -> {
            }
        }
    }

    private void resolved(Dossier dossier, DossierOutcome outcome, LocalDate day) {
        OffsetDateTime result = dossier.resultAt();
        Timeliness timeliness = Timeliness.judge(result.toZonedDateTime(), dossier.dueAt().toZonedDateTime());
        BigDecimal processing = workingDays(dossier.countingFrom(), result, dossier.agencyCode());
        // Decision 766/QĐ-TTg: from the first receipt, the citizen's supplement waits subtracted
        BigDecimal decision766 = workingDays(dossier.receivedAt(), result, dossier.agencyCode());
        for (Supplement supplement : dossiers.supplements(dossier.code())) {
            if (supplement.receivedAt() != null) {
                decision766 = decision766.subtract(workingDays(supplement.requestedAt(), supplement.receivedAt(),
                        dossier.agencyCode()));
            }
        }
        decision766 = decision766.max(BigDecimal.ZERO);
        // on time when the working time used fits the working time the first receipt allowed
        OffsetDateTime firstDue = calendar.caseDeadline(dossier.receivedAt().toZonedDateTime(),
                dossier.statutoryWorkingDays(), dossier.agencyCode()).dueAt().toOffsetDateTime();
        BigDecimal allowed = workingDays(dossier.receivedAt(), firstDue, dossier.agencyCode());
        boolean decision766Late = dossier.supplementCount() > 1 || decision766.compareTo(allowed) > 0;
        dossiers.measured(dossier.code(), timeliness.name(), processing, decision766, decision766Late);
        if (outcome == DossierOutcome.REFUSED) {
            count(dossier, day, Metric.REFUSED);
            return;
        }
        count(dossier, day, switch (timeliness) {
            case EARLY -> Metric.RESOLVED_EARLY;
            case ON_TIME -> Metric.RESOLVED_ON_TIME;
            case LATE -> Metric.RESOLVED_LATE;
        });
        if (timeliness == Timeliness.LATE) {
            // ISO 9001:2015, 8.7: a late result is nonconforming output, followed up by the unit that was late
            nonconformities.open(new Nonconformities.NewNonconformity("DOSSIER_LATE|" + dossier.code(),
                    Nonconformities.Source.DOSSIER_LATE, dossier.agencyCode(),
                    dossiers.firstLateUnit(dossier.code()).orElse(dossier.department()), dossier.code(),
                    "Hồ sơ " + dossier.code() + " (" + dossier.procedureName() + ") giải quyết quá hạn: hẹn trả "
                            + VietnamTime.SHOWN.format(dossier.dueAt().atZoneSameInstant(VietnamTime.ZONE)) + ", có kết quả "
                            + VietnamTime.SHOWN.format(result.atZoneSameInstant(VietnamTime.ZONE)), null));
        }
        add(dossier, day, Metric.PROCESSING_DAYS, processing);
        add(dossier, day, Metric.STATUTORY_DAYS, BigDecimal.valueOf(dossier.statutoryWorkingDays()));
        add(dossier, day, Metric.DECISION766_DAYS, decision766);
        count(dossier, day, decision766Late ? Metric.DECISION766_LATE : Metric.DECISION766_ON_TIME);
    }

    private BigDecimal workingDays(OffsetDateTime from, OffsetDateTime to, String agency) {
        if (to.isBefore(from)) {
            return BigDecimal.ZERO;
        }
        return calendar.workingTime(from.toZonedDateTime(), to.toZonedDateTime(), agency).workingDays()
                .setScale(2, RoundingMode.HALF_UP);
    }

    private void count(Dossier dossier, LocalDate day, Metric metric) {
        add(dossier, day, metric, BigDecimal.ONE);
    }

    private void add(Dossier dossier, LocalDate day, Metric metric, BigDecimal amount) {
        stats.add(day, dossier.agencyCode(), dossier.department(), dossier.procedureCode(), metric, amount);
    }

    private static LocalDate day(OffsetDateTime moment) {
        return moment.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    }
}
