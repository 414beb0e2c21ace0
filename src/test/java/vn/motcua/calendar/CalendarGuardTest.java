package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.motcua.calendar.ShippedCalendar.vn;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/**
 * No caller (the API, a model, a process variable) can make the calendar walk for ever or overflow:
 * spans, counts of days and years are capped, and refused with an IllegalArgumentException (a 400).
 */
class CalendarGuardTest {

    private final DeadlineCalculator calculator = ShippedCalendar.calculator();

    @Test
    void workingTimeOverMoreThanTenYearsIsRefusedAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatIllegalArgumentException()
                .isThrownBy(() -> calculator.workingTimeBetween(vn(2026, 1, 1, 8, 0), vn(2100, 12, 31, 8, 0),
                        OfficeHours.DEFAULT))
                .withMessageContaining("10 years"));
    }

    @Test
    void workingTimeOverNineYearsIsStillCounted() {
        WorkingTime time = calculator.workingTimeBetween(vn(2026, 1, 1, 8, 0), vn(2035, 1, 1, 8, 0), OfficeHours.DEFAULT);

        assertThat(time.workingDays()).isGreaterThan(BigDecimal.valueOf(2000));
    }

    @Test
    void aDeadlineInTheYear999999999IsRefusedNotOverflowed() {
        ZonedDateTime farFuture = LocalDate.of(999_999_999, 12, 31).atTime(10, 0).atZone(VietnamTime.ZONE);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> calculator.caseDeadline(farFuture, 1, OfficeHours.DEFAULT))
                .withMessageContaining("1970 to 2200");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calculator.stepDeadline(farFuture, BigDecimal.ONE, OfficeHours.DEFAULT, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calculator.handoverDeadline(farFuture, OfficeHours.DEFAULT));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calculator.minusWorkingTime(farFuture, Duration.ofHours(8), OfficeHours.DEFAULT));
    }

    @Test
    void aMillionWorkingDaysAreRefusedAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calculator.caseDeadline(vn(2026, 2, 12, 10, 0), 1_000_000, OfficeHours.DEFAULT));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calculator.minusWorkingTime(vn(2026, 2, 12, 10, 0), Duration.ofDays(1_000_000),
                            OfficeHours.DEFAULT));
        });
    }
}
