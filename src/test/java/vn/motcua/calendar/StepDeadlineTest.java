package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.calendar.ShippedCalendar.vn;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Step allocations counted in working hours inside office hours, README: 'The working-day calendar'. */
class StepDeadlineTest {

    private final DeadlineCalculator calculator = ShippedCalendar.calculator();

    private ZonedDateTime due(ZonedDateTime start, String days) {
        return calculator.stepDeadline(start, new BigDecimal(days), OfficeHours.DEFAULT, null).dueAt();
    }

    @Test
    void halfADayIsFourWorkingHoursAcrossLunch() {
        // 10:00–11:30 is 1.5 h, the other 2.5 h run from 13:00
        assertThat(due(vn(2026, 3, 5, 10, 0), "0.5")).isEqualTo(vn(2026, 3, 5, 15, 30));
    }

    @Test
    void halfADayFromOpeningEndsAtLunchNotAfterIt() {
        assertThat(due(vn(2026, 3, 5, 7, 30), "0.5")).isEqualTo(vn(2026, 3, 5, 11, 30));
    }

    @Test
    void halfADayAcrossTheWeekend() {
        // Friday 15:00–17:00 is 2 h, the other 2 h run from Monday 07:30
        assertThat(due(vn(2026, 3, 6, 15, 0), "0.5")).isEqualTo(vn(2026, 3, 9, 9, 30));
    }

    @Test
    void aStepStartedDuringLunchCountsFromTheAfternoon() {
        assertThat(due(vn(2026, 3, 5, 12, 0), "0.5")).isEqualTo(vn(2026, 3, 5, 17, 0));
    }

    @Test
    void aStepStartedAfterHoursCountsFromTheNextMorning() {
        assertThat(due(vn(2026, 3, 5, 18, 0), "0.5")).isEqualTo(vn(2026, 3, 6, 11, 30));
    }

    @Test
    void oneDayAcrossTet2026() {
        // Fri 13/2 10:00–17:00 is 5.5 h; the other 2.5 h run on Mon 23/2
        assertThat(due(vn(2026, 2, 13, 10, 0), "1")).isEqualTo(vn(2026, 2, 23, 10, 0));
    }

    @Test
    void aStepMayUseTheMakeUpSaturday() {
        // Friday 13:00–17:00 is 4 h, the other 4 h run on Saturday 10/1 from 07:30
        assertThat(due(vn(2026, 1, 9, 13, 0), "1")).isEqualTo(vn(2026, 1, 10, 11, 30));
    }

    @Test
    void threeDaysFromMidMorning() {
        assertThat(due(vn(2026, 3, 9, 10, 0), "3")).isEqualTo(vn(2026, 3, 12, 10, 0));
    }

    @Test
    void aStepIsNeverDueAfterTheDossier() {
        StepDeadline deadline = calculator.stepDeadline(vn(2026, 3, 9, 10, 0), new BigDecimal("3"),
                OfficeHours.DEFAULT, vn(2026, 3, 10, 17, 0));

        assertThat(deadline.dueAt()).isEqualTo(vn(2026, 3, 10, 17, 0));
        assertThat(deadline.cappedByCaseDeadline()).isTrue();
    }

    @Test
    void anAgencyWithOtherOfficeHoursGetsItsOwnDayLength() {
        OfficeHours hours = OfficeHours.parse(List.of("07:00-11:00", "13:30-17:30"));

        ZonedDateTime dueAt = calculator.stepDeadline(vn(2026, 3, 5, 9, 0), new BigDecimal("0.5"), hours, null)
                .dueAt();

        assertThat(dueAt).isEqualTo(vn(2026, 3, 5, 15, 30));
    }

    @Test
    void oneWorkingDayBeforeADeadlineSkipsTetBackwards() {
        // one working day before Tue 24/2/2026 17:00 is Mon 23/2 17:00; before Mon 23/2 10:00 is Fri 13/2 10:00
        assertThat(calculator.minusWorkingTime(vn(2026, 2, 24, 17, 0), Duration.ofHours(8), OfficeHours.DEFAULT))
                .isEqualTo(vn(2026, 2, 23, 17, 0));
        assertThat(calculator.minusWorkingTime(vn(2026, 2, 23, 10, 0), Duration.ofHours(8), OfficeHours.DEFAULT))
                .isEqualTo(vn(2026, 2, 13, 10, 0));
    }

    @Test
    void halfADayBeforeCrossesLunchBackwards() {
        assertThat(calculator.minusWorkingTime(vn(2026, 3, 5, 15, 0), Duration.ofHours(4), OfficeHours.DEFAULT))
                .isEqualTo(vn(2026, 3, 5, 9, 30));
    }

    @Test
    void aNegativeAllocationIsRejected() {
        assertThatThrownBy(() -> due(vn(2026, 3, 5, 10, 0), "-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingTimeBetweenTwoMomentsSkipsNightsLunchesAndHolidays() {
        WorkingTime fullDays = calculator.workingTimeBetween(vn(2026, 3, 9, 7, 30), vn(2026, 3, 10, 17, 0),
                OfficeHours.DEFAULT);
        WorkingTime acrossTet = calculator.workingTimeBetween(vn(2026, 2, 13, 16, 0), vn(2026, 2, 23, 8, 30),
                OfficeHours.DEFAULT);

        assertThat(fullDays.duration()).isEqualTo(Duration.ofHours(16));
        assertThat(fullDays.workingDays()).isEqualByComparingTo("2");
        assertThat(acrossTet.duration()).isEqualTo(Duration.ofHours(2));
        assertThat(acrossTet.workingDays()).isEqualByComparingTo("0.25");
    }
}
