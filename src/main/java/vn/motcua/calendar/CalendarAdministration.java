package vn.motcua.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Changes administrators make to the calendar without a restart: a whole new year, or a one-off
 * closure. Every later deadline uses them, on every node.
 */
@Service
public class CalendarAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarAdministration.class);

    private final CalendarStore store;
    private final CalendarService calendar;
    private final Clock clock;

    CalendarAdministration(CalendarStore store, CalendarService calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The calendar of a year as deadlines see it now. */
    public CalendarYear year(int year) {
        WorkingCalendar current = calendar.calendar();
        return new CalendarYear(year, !current.isKnownYear(year), current.daysOf(year));
    }

    /** Replaces the administrators' entries of a year and marks the year as known (no longer provisional). */
    @Transactional
    public void replaceYear(int year, String legalSource, List<SpecialDay> days, String user) {
        for (SpecialDay day : days) {
            if (day.date().getYear() != year) {
                throw new IllegalArgumentException(day.date() + " is not in " + year);
            }
        }
        store.replaceYear(year, legalSource, days, user, clock.instant());
        refreshAfterCommit();
        LOG.info("Calendar of {} replaced by {}: {} non-standard days", year, user, days.size());
    }

    /** Adds or replaces one day, e.g. a closure for a storm. */
    @Transactional
    public SpecialDay putDay(SpecialDay day, String user) {
        store.putDay(day, user, clock.instant());
        refreshAfterCommit();
        LOG.info("Calendar day {} set to {} by {}", day.date(), day.kind(), user);
        return day;
    }

    /** Removes an entry an administrator made; returns false when there was none. */
    @Transactional
    public boolean removeDay(LocalDate date, String user) {
        boolean removed = store.deleteDay(date);
        if (removed) {
            refreshAfterCommit();
            LOG.info("Calendar day {} removed by {}", date, user);
        }
        return removed;
    }

    /** Deadlines must never see an entry that a rolled-back change made. */
    private void refreshAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                calendar.refresh();
            }
        });
    }
}
