package vn.motcua.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The counting rules of the README's 'The working-day calendar' (Civil Code 2015 Art. 147–148) over one {@link
 * WorkingCalendar}. Pure: no clock, no I/O.
 */
public final class DeadlineCalculator {

    /**
     * The longest span any computation here walks through, day by day. No legal time limit comes near
     * it (the longest statutory times are months); without it a far-future moment or a huge number of
     * days from any caller (the API, a model, a variable) made the calendar loop for minutes or overflow.
     */
    public static final int MAX_SPAN_YEARS = 10;
    /** The cap of every count of working days (a step allocation longer than this is surely a modelling error). */
    public static final int MAX_WORKING_DAYS = 3650;
    private static final BigDecimal MAX_ALLOCATION_DAYS = BigDecimal.valueOf(MAX_WORKING_DAYS);
    /** The years the calendar answers for: beyond them a date is a typing error or an attack. */
    public static final int FIRST_YEAR = 1970;
    public static final int LAST_YEAR = 2200;

    private final WorkingCalendar calendar;
    /** The handover cutoff in force on the day of receipt (app.rules.handover-cutoff: dated, with its source). */
    private final java.util.function.Function<LocalDate, LocalTime> handoverCutoff;

    public DeadlineCalculator(WorkingCalendar calendar, LocalTime handoverCutoff) {
        this(calendar, day -> handoverCutoff);
        Objects.requireNonNull(handoverCutoff);
    }

    public DeadlineCalculator(WorkingCalendar calendar, java.util.function.Function<LocalDate, LocalTime> handoverCutoff) {
        this.calendar = Objects.requireNonNull(calendar);
        this.handoverCutoff = Objects.requireNonNull(handoverCutoff);
    }

    /**
     * The statutory deadline of a dossier received at the given moment with a processing time of N
     * working days. The 15:00 rule (Decree 61/2018, kept by Decree 118/2025 Art. 18(2); the cutoff in force on the
     * day of receipt): a dossier received after it is handed over the next working day, so it counts as received then; so does one received on a day that is not a
     * working day. Counting starts on the first working day after that (Civil Code 2015 Art. 147),
     * and the due moment is the end of office hours of the N-th counted day.
     */
    public CaseDeadline caseDeadline(ZonedDateTime receivedAt, int workingDays, OfficeHours hours) {
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("workingDays must be between 0 and " + MAX_WORKING_DAYS);
        }
        ZonedDateTime local = supported(receivedAt);
        WorkingCalendar.Lookup lookup = calendar.lookup();
        LocalDate receptionDay = local.toLocalDate();
        LocalTime receivedTime = local.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        if (!lookup.isWorkingDay(receptionDay) || receivedTime.isAfter(handoverCutoff.apply(receptionDay))) {
            receptionDay = lookup.nextWorkingDay(receptionDay);
        }
        List<LocalDate> counted = new ArrayList<>(workingDays);
        LocalDate day = receptionDay;
        for (int i = 0; i < workingDays; i++) {
            day = lookup.nextWorkingDay(day);
            counted.add(day);
        }
        ZonedDateTime dueAt = day.atTime(hours.close()).atZone(VietnamTime.ZONE);
        return new CaseDeadline(dueAt, receptionDay, List.copyOf(counted), lookup.provisional());
    }

    /**
     * When the desk must hand a dossier to the department (the 15:00 rule, as in force that day): the same day, by
     * the end of office hours, when received on a working day up to 15:00; otherwise at the start of the
     * next working day, that is by the end of its first office session.
     */
    public ZonedDateTime handoverDeadline(ZonedDateTime receivedAt, OfficeHours hours) {
        ZonedDateTime local = supported(receivedAt);
        WorkingCalendar.Lookup lookup = calendar.lookup();
        LocalDate day = local.toLocalDate();
        if (lookup.isWorkingDay(day) && !local.toLocalTime().truncatedTo(ChronoUnit.MINUTES).isAfter(handoverCutoff.apply(day))) {
            return day.atTime(hours.close()).atZone(VietnamTime.ZONE);
        }
        return lookup.nextWorkingDay(day).atTime(hours.intervals().get(0).end()).atZone(VietnamTime.ZONE);
    }

    /**
     * The deadline of a step with an allocation of (possibly fractional) working days, counted in
     * working hours inside office hours from the moment the step starts: 0.5 day = 4 hours of an
     * 8-hour day. Never later than the dossier's own deadline when one is given.
     */
    public StepDeadline stepDeadline(ZonedDateTime startAt, BigDecimal workingDays, OfficeHours hours,
                                     ZonedDateTime notAfter) {
        if (workingDays.signum() < 0 || workingDays.compareTo(MAX_ALLOCATION_DAYS) > 0) {
            throw new IllegalArgumentException("a step allocation must be between 0 and "
                    + MAX_ALLOCATION_DAYS + " working days");
        }
        WorkingCalendar.Lookup lookup = calendar.lookup();
        Duration remaining = Duration.ofSeconds(new BigDecimal(hours.workingDay().toSeconds())
                .multiply(workingDays).setScale(0, RoundingMode.HALF_UP).longValueExact());
        ZonedDateTime local = supported(startAt);
        ZonedDateTime dueAt = addWorkingTime(local, remaining, hours, lookup);
        boolean capped = notAfter != null && dueAt.isAfter(notAfter);
        if (capped) {
            dueAt = notAfter.withZoneSameInstant(VietnamTime.ZONE);
        }
        return new StepDeadline(dueAt, capped, lookup.provisional());
    }

    private static ZonedDateTime addWorkingTime(ZonedDateTime start, Duration amount, OfficeHours hours,
                                                WorkingCalendar.Lookup lookup) {
        if (amount.isZero()) {
            return start;
        }
        Duration remaining = amount;
        LocalDate day = start.toLocalDate();
        LocalTime from = start.toLocalTime();
        while (true) {
            if (lookup.isWorkingDay(day)) {
                for (OfficeHours.Interval interval : hours.intervals()) {
                    if (!from.isBefore(interval.end())) {
                        continue;
                    }
                    LocalTime begin = from.isAfter(interval.start()) ? from : interval.start();
                    Duration available = Duration.between(begin, interval.end());
                    if (remaining.compareTo(available) <= 0) {
                        return day.atTime(begin.plus(remaining)).atZone(VietnamTime.ZONE);
                    }
                    remaining = remaining.minus(available);
                    from = interval.end();
                }
            }
            day = lookup.nextWorkingDay(day);
            from = LocalTime.MIN;
        }
    }

    /**
     * The moment that lies the given working time before another, counted backwards inside office
     * hours: a warning "one working day before" a 17:00 deadline is due at 17:00 the working day before.
     */
    public ZonedDateTime minusWorkingTime(ZonedDateTime moment, Duration amount, OfficeHours hours) {
        if (amount.compareTo(hours.workingDay().multipliedBy(MAX_WORKING_DAYS)) > 0) {
            throw new IllegalArgumentException("at most " + MAX_WORKING_DAYS + " working days can be counted back");
        }
        WorkingCalendar.Lookup lookup = calendar.lookup();
        ZonedDateTime local = supported(moment);
        Duration remaining = amount;
        LocalDate day = local.toLocalDate();
        LocalTime until = local.toLocalTime();
        if (remaining.isZero() || remaining.isNegative()) {
            return local;
        }
        while (true) {
            if (lookup.isWorkingDay(day)) {
                java.util.List<OfficeHours.Interval> intervals = hours.intervals();
                for (int i = intervals.size() - 1; i >= 0; i--) {
                    OfficeHours.Interval interval = intervals.get(i);
                    if (!until.isAfter(interval.start())) {
                        continue;
                    }
                    LocalTime end = until.isBefore(interval.end()) ? until : interval.end();
                    // an exact day lands at the end of the day before, not at the opening of this one
                    if (remaining.isZero()) {
                        return day.atTime(end).atZone(VietnamTime.ZONE);
                    }
                    Duration available = Duration.between(interval.start(), end);
                    if (remaining.compareTo(available) < 0) {
                        return day.atTime(end.minus(remaining)).atZone(VietnamTime.ZONE);
                    }
                    remaining = remaining.minus(available);
                    until = interval.start();
                }
            }
            day = lookup.previousWorkingDay(day);
            until = LocalTime.MAX;
        }
    }

    /** The moment in Vietnamese time, if its year is one the calendar answers for. */
    private static ZonedDateTime supported(ZonedDateTime moment) {
        int year = moment.getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("the working-day calendar counts from " + FIRST_YEAR + " to " + LAST_YEAR
                    + ", not " + year);
        }
        return moment.withZoneSameInstant(VietnamTime.ZONE);
    }

    /** The working time inside office hours on working days between two moments. */
    public WorkingTime workingTimeBetween(ZonedDateTime from, ZonedDateTime to, OfficeHours hours) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the end moment is before the start moment");
        }
        ZonedDateTime start = supported(from);
        ZonedDateTime end = supported(to);
        if (end.isAfter(start.plusYears(MAX_SPAN_YEARS))) {
            throw new IllegalArgumentException("working time is counted over at most " + MAX_SPAN_YEARS + " years");
        }
        WorkingCalendar.Lookup lookup = calendar.lookup();
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!lookup.isWorkingDay(day)) {
                continue;
            }
            LocalTime dayFrom = day.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIN;
            LocalTime dayTo = day.equals(end.toLocalDate()) ? end.toLocalTime() : LocalTime.MAX;
            total = total.plus(hours.workingTimeBetween(dayFrom, dayTo));
        }
        BigDecimal days = BigDecimal.valueOf(total.toSeconds())
                .divide(BigDecimal.valueOf(hours.workingDay().toSeconds()), 2, RoundingMode.HALF_UP);
        return new WorkingTime(total, days, lookup.provisional());
    }
}
