package vn.motcua.calendar;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The calendar every deadline of the product is computed on: the shipped years under
 * processes/calendar merged with the administrators' entries (which win on the same date).
 */
@Service
public class CalendarService {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarService.class);
    /** A provisional answer is logged at most this often per year, so a busy engine does not flood the log. */
    private static final long PROVISIONAL_WARNING_EVERY_NANOS = TimeUnit.HOURS.toNanos(1);

    private final CalendarProperties properties;
    private final CalendarStore store;
    private final HolidayFiles.Loaded files;
    private final OfficeHours defaultHours;
    private final Map<String, OfficeHours> agencyHours = new HashMap<>();
    private final Map<String, Long> lastProvisionalWarning = new ConcurrentHashMap<>();
    private final vn.motcua.law.LegalRules rules;
    private volatile Snapshot snapshot;

    private record Snapshot(WorkingCalendar calendar, DeadlineCalculator calculator, long loadedAtNanos) {
    }

    CalendarService(CalendarProperties properties, CalendarStore store, vn.motcua.law.LegalRules rules) {
        this.properties = properties;
        this.rules = rules;
        this.store = store;
        this.files = HolidayFiles.load(properties.location());
        this.defaultHours = OfficeHours.parse(properties.officeHours());
        properties.agencies().forEach((agency, hours) -> agencyHours.put(agency, OfficeHours.parse(hours)));
        LOG.info("Working-day calendar: years {} shipped under {}", new java.util.TreeSet<>(files.years()),
                properties.location());
        refresh();
    }

    /** Reads the administrators' entries again; called after every change and when the copy is stale. */
    public final void refresh() {
        List<SpecialDay> days = new java.util.ArrayList<>(files.days());
        Set<Integer> years = new HashSet<>(files.years());
        List<SpecialDay> adminDays = store.days();
        Set<java.time.LocalDate> overridden = new HashSet<>();
        adminDays.forEach(day -> overridden.add(day.date()));
        days.removeIf(day -> overridden.contains(day.date()));
        days.addAll(adminDays);
        years.addAll(store.years());
        WorkingCalendar calendar = new WorkingCalendar(days, years);
        snapshot = new Snapshot(calendar, new DeadlineCalculator(calendar, rules::handoverCutoffOn),
                System.nanoTime());
    }

    public WorkingCalendar calendar() {
        return current().calendar();
    }

    /** The office hours of an agency; agencies without their own hours keep the default. */
    public OfficeHours officeHours(String agencyCode) {
        return agencyCode == null ? defaultHours : agencyHours.getOrDefault(agencyCode, defaultHours);
    }

    public CaseDeadline caseDeadline(ZonedDateTime receivedAt, int workingDays, String agencyCode) {
        CaseDeadline deadline = current().calculator().caseDeadline(receivedAt, workingDays, officeHours(agencyCode));
        warnIfProvisional(deadline.provisional(), receivedAt, deadline.dueAt());
        return deadline;
    }

    public StepDeadline stepDeadline(ZonedDateTime startAt, BigDecimal workingDays, String agencyCode,
                                     ZonedDateTime notAfter) {
        StepDeadline deadline = current().calculator()
                .stepDeadline(startAt, workingDays, officeHours(agencyCode), notAfter);
        warnIfProvisional(deadline.provisional(), startAt, deadline.dueAt());
        return deadline;
    }

    /** The moment that lies the given number of working days before another (warnings). */
    public ZonedDateTime minusWorkingDays(ZonedDateTime moment, BigDecimal workingDays, String agencyCode) {
        OfficeHours hours = officeHours(agencyCode);
        java.time.Duration amount = java.time.Duration.ofSeconds(BigDecimal.valueOf(hours.workingDay().toSeconds())
                .multiply(workingDays).longValue());
        return current().calculator().minusWorkingTime(moment, amount, hours);
    }

    public ZonedDateTime handoverDeadline(ZonedDateTime receivedAt, String agencyCode) {
        return current().calculator().handoverDeadline(receivedAt, officeHours(agencyCode));
    }

    /**
     * Whether the moment is one a unit can keep an appointment at: a working day of the calendar, inside
     * the agency's office hours (README, 'The working-day calendar'), in Vietnamese time.
     */
    public boolean isWorkingMoment(ZonedDateTime moment, String agencyCode) {
        ZonedDateTime local = moment.withZoneSameInstant(VietnamTime.ZONE);
        return officeHours(agencyCode).contains(local.toLocalTime()) && calendar().lookup().isWorkingDay(local.toLocalDate());
    }

    public WorkingTime workingTime(ZonedDateTime from, ZonedDateTime to, String agencyCode) {
        WorkingTime time = current().calculator().workingTimeBetween(from, to, officeHours(agencyCode));
        warnIfProvisional(time.provisional(), from, to);
        return time;
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (System.nanoTime() - current.loadedAtNanos() > properties.refreshInterval().toNanos()) {
            refresh();
            current = snapshot;
        }
        return current;
    }

    private void warnIfProvisional(boolean provisional, ZonedDateTime from, ZonedDateTime to) {
        if (!provisional) {
            return;
        }
        String years = from.getYear() == to.getYear() ? String.valueOf(from.getYear())
                : from.getYear() + "–" + to.getYear();
        long now = System.nanoTime();
        Long last = lastProvisionalWarning.put(years, now);
        if (last == null || now - last > PROVISIONAL_WARNING_EVERY_NANOS) {
            LOG.warn("Provisional deadline between {} and {}: the calendar of {} is missing or not yet confirmed. "
                    + "Add the year under processes/calendar or through PUT /api/calendar/{{year}}.", from, to, years);
        } else {
            lastProvisionalWarning.put(years, last);
        }
    }
}
