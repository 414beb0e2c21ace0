package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendar.vn;

import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** The working-day notation modellers write in camunda:dueDate and timers. */
class WorkingDayBusinessCalendarTest {

    private final CalendarService service = serviceOnShippedCalendar();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static CalendarService serviceOnShippedCalendar() {
        CalendarService service = Mockito.mock(CalendarService.class);
        Mockito.when(service.stepDeadline(Mockito.any(), Mockito.any(), Mockito.any(), Mockito.any()))
                .thenAnswer(call -> ShippedCalendar.calculator().stepDeadline(call.getArgument(0),
                        call.getArgument(1), OfficeHours.DEFAULT, call.getArgument(3)));
        return service;
    }

    @Test
    void halfAWorkingDayFromTheEngineClock() {
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 5, 10, 0).toInstant()));
        WorkingDayBusinessCalendar calendar = new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), service);

        assertThat(calendar.resolveDuedate("0.5WD")).isEqualTo(Date.from(vn(2026, 3, 5, 15, 30).toInstant()));
    }

    @Test
    void workingDaysFromAGivenStart() {
        WorkingDayBusinessCalendar calendar = new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), service);

        Date due = calendar.resolveDuedate("1WD", Date.from(vn(2026, 2, 13, 10, 0).toInstant()));

        assertThat(due).isEqualTo(Date.from(vn(2026, 2, 23, 10, 0).toInstant()));
    }

    @Test
    void isoDatesAndDurationsKeepTheirMeaning() {
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 5, 10, 0).toInstant()));
        WorkingDayBusinessCalendar dueDates = new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), service);
        WorkingDayBusinessCalendar durations = new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), service);

        assertThat(dueDates.resolveDuedate("P1D")).isEqualTo(Date.from(vn(2026, 3, 6, 10, 0).toInstant()));
        assertThat(durations.resolveDuedate("PT2H")).isEqualTo(Date.from(vn(2026, 3, 5, 12, 0).toInstant()));
        Mockito.verifyNoInteractions(service);
    }

    @Test
    void recognisesTheNotation() {
        assertThat(WorkingDayBusinessCalendar.isWorkingDayNotation("3WD")).isTrue();
        assertThat(WorkingDayBusinessCalendar.isWorkingDayNotation(" 0.5wd ")).isTrue();
        assertThat(WorkingDayBusinessCalendar.isWorkingDayNotation("P3D")).isFalse();
        assertThat(WorkingDayBusinessCalendar.isWorkingDayNotation("WD")).isFalse();
    }
}
