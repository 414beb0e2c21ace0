package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendar.vn;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/** The statutory deadline of a dossier, README: 'The working-day calendar', pinned with 2025 and 2026 dates. */
class CaseDeadlineTest {

    private final DeadlineCalculator calculator = ShippedCalendar.calculator();

    private CaseDeadline deadline(ZonedDateTime receivedAt, int workingDays) {
        return calculator.caseDeadline(receivedAt, workingDays, OfficeHours.DEFAULT);
    }

    @Test
    void handbookExampleCountsAcrossTet2026() {
        // given received Thu 12/2/2026 at 10:00 with 3 working days
        CaseDeadline deadline = deadline(vn(2026, 2, 12, 10, 0), 3);

        // then Fri 13/2, Mon 23/2 and Tue 24/2 are counted: Tết 14/2–22/2 is skipped
        assertThat(deadline.countedDays()).containsExactly(
                LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 24));
        assertThat(deadline.dueAt()).isEqualTo(vn(2026, 2, 24, 17, 0));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void tet2025IsSkipped() {
        CaseDeadline deadline = deadline(vn(2025, 1, 24, 9, 0), 1);

        assertThat(deadline.countedDays()).containsExactly(LocalDate.of(2025, 2, 3));
    }

    @Test
    void makeUpSaturdayOf10January2026IsCounted() {
        CaseDeadline deadline = deadline(vn(2026, 1, 9, 10, 0), 1);

        assertThat(deadline.dueAt()).isEqualTo(vn(2026, 1, 10, 17, 0));
    }

    @Test
    void dossierReceivedOnTheMakeUpSaturdayCountsAsReceivedThatDay() {
        CaseDeadline deadline = deadline(vn(2026, 1, 10, 9, 0), 1);

        assertThat(deadline.countedAsReceivedOn()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(deadline.countedDays()).containsExactly(LocalDate.of(2026, 1, 12));
    }

    @Test
    void makeUpSaturdayOf26April2025IsCounted() {
        CaseDeadline deadline = deadline(vn(2025, 4, 25, 10, 0), 1);

        assertThat(deadline.countedDays()).containsExactly(LocalDate.of(2025, 4, 26));
    }

    @Test
    void swappedFriday2May2025IsNotCounted() {
        CaseDeadline deadline = deadline(vn(2025, 4, 29, 10, 0), 1);

        assertThat(deadline.countedDays()).containsExactly(LocalDate.of(2025, 5, 5));
    }

    @Test
    void dayInLieuOfHungKingsDay2026IsNotCounted() {
        // Hùng Kings' day falls on Sunday 26/4/2026: Monday 27/4 is off in lieu
        CaseDeadline deadline = deadline(vn(2026, 4, 24, 10, 0), 2);

        assertThat(deadline.countedDays()).containsExactly(LocalDate.of(2026, 4, 28), LocalDate.of(2026, 4, 29));
    }

    @Test
    void countingCrossesTheYearBoundary() {
        // 1/1/2026 holiday, 2/1 swapped, 3–4/1 weekend
        CaseDeadline deadline = deadline(vn(2025, 12, 31, 14, 0), 2);

        assertThat(deadline.countedDays()).containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6));
        assertThat(deadline.dueAt()).isEqualTo(vn(2026, 1, 6, 17, 0));
    }

    @Test
    void receivedAtFifteenSharpCountsAsReceivedThatDay() {
        CaseDeadline deadline = deadline(vn(2026, 3, 5, 15, 0), 1);

        assertThat(deadline.countedAsReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(deadline.dueAt()).isEqualTo(vn(2026, 3, 6, 17, 0));
    }

    @Test
    void receivedAtFourteenFiftyNineCountsAsReceivedThatDay() {
        assertThat(deadline(vn(2026, 3, 5, 14, 59), 1).dueAt()).isEqualTo(vn(2026, 3, 6, 17, 0));
    }

    @Test
    void receivedAfterThreeIsCountedFromNextWorkingDay() {
        CaseDeadline deadline = deadline(vn(2026, 3, 5, 15, 1), 1);

        assertThat(deadline.countedAsReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(deadline.dueAt()).isEqualTo(vn(2026, 3, 9, 17, 0));
    }

    @Test
    void receivedAfterThreeBeforeTetIsCountedFromTheFirstDayAfterTet() {
        // Fri 13/2/2026 16:00: handed over Mon 23/2, counting starts Tue 24/2
        CaseDeadline deadline = deadline(vn(2026, 2, 13, 16, 0), 1);

        assertThat(deadline.countedAsReceivedOn()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(deadline.countedDays()).containsExactly(LocalDate.of(2026, 2, 24));
    }

    @Test
    void onlineSubmissionOnSundayCountsAsReceivedOnMonday() {
        CaseDeadline deadline = deadline(vn(2026, 3, 8, 10, 0), 1);

        assertThat(deadline.countedAsReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(deadline.countedDays()).containsExactly(LocalDate.of(2026, 3, 10));
    }

    @Test
    void onlineSubmissionOnAHolidayCountsAsReceivedOnTheNextWorkingDay() {
        CaseDeadline deadline = deadline(vn(2026, 2, 17, 9, 0), 1);

        assertThat(deadline.countedAsReceivedOn()).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void aMomentGivenInUtcIsJudgedInVietnameseTime() {
        // 08:30 UTC is 15:30 in Hà Nội: after the cut-off
        ZonedDateTime utc = ZonedDateTime.of(2026, 3, 5, 8, 30, 0, 0, ZoneOffset.UTC);

        assertThat(deadline(utc, 1).dueAt()).isEqualTo(vn(2026, 3, 9, 17, 0));
    }

    @Test
    void theServersOwnTimeZoneDoesNotMatter() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(deadline(vn(2026, 2, 12, 10, 0), 3).dueAt().toInstant())
                    .isEqualTo(vn(2026, 2, 24, 17, 0).toInstant());
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            assertThat(deadline(vn(2026, 3, 5, 15, 1), 1).dueAt().toInstant())
                    .isEqualTo(vn(2026, 3, 9, 17, 0).toInstant());
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void aYearWithoutDataIsGuessedFromFixedHolidaysAndMarkedProvisional() {
        // 2027 has no data: 1/1/2027 (Friday) is a fixed-date holiday
        CaseDeadline deadline = deadline(vn(2026, 12, 31, 10, 0), 1);

        assertThat(deadline.countedDays()).containsExactly(LocalDate.of(2027, 1, 4));
        assertThat(deadline.provisional()).isTrue();
    }

    @Test
    void aGuessedFixedHolidayOnAWeekendGivesADayInLieu() {
        // 1/1/2028 is a Saturday: Monday 3/1/2028 is off in lieu (Labour Code 2019 Art. 112(3))
        CaseDeadline deadline = deadline(vn(2027, 12, 31, 10, 0), 1);

        assertThat(deadline.countedDays()).containsExactly(LocalDate.of(2028, 1, 4));
        assertThat(deadline.provisional()).isTrue();
    }

    @Test
    void aDeadlineThatRestsOnAnUnconfirmedDayIsProvisional() {
        // the day adjacent to National Day 2026 is not yet published
        assertThat(deadline(vn(2026, 8, 31, 10, 0), 1).provisional()).isTrue();
        assertThat(deadline(vn(2026, 8, 20, 10, 0), 1).provisional()).isFalse();
    }
}
