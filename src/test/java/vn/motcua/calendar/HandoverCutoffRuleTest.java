package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendar.vn;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.motcua.law.LegalRules;
import vn.motcua.law.ShippedRules;

/**
 * The 15:00 rule is a dated rule (app.rules.handover-cutoff): a change of the law added as a version in
 * configuration moves the cutoff for dossiers received from its day on, and leaves those received before alone.
 */
class HandoverCutoffRuleTest {

    private static final OfficeHours HOURS = OfficeHours.parse(java.util.List.of("07:30-11:30", "13:00-17:00"));

    @Test
    void aFutureCutoffOf16HoursCountsA1530DossierFromItsOwnDayOnlyWhenReceivedFromTheVersionsDay() {
        // given the shipped rules, plus a (made-up) version moving the cutoff to 16:00 from Monday 1/6/2026
        LegalRules amended = ShippedRules.bind(Map.of(
                "app.rules.handover-cutoff[2].effective-from", "2026-06-01",
                "app.rules.handover-cutoff[2].cutoff", "16:00",
                "app.rules.handover-cutoff[2].source", "Nghị định sửa đổi (giả định trong kiểm thử)",
                "app.rules.handover-cutoff[0].effective-from", "2018-06-21",
                "app.rules.handover-cutoff[0].cutoff", "15:00",
                "app.rules.handover-cutoff[1].effective-from", "2025-07-01",
                "app.rules.handover-cutoff[1].cutoff", "15:00"));
        DeadlineCalculator shipped = new DeadlineCalculator(ShippedCalendar.CALENDAR, ShippedRules.RULES::handoverCutoffOn);
        DeadlineCalculator calculator = new DeadlineCalculator(ShippedCalendar.CALENDAR, amended::handoverCutoffOn);

        // a dossier received Fri 29/5/2026 at 15:30 still counts from Mon 1/6 (after the 15:00 cutoff then)
        assertThat(calculator.caseDeadline(vn(2026, 5, 29, 15, 30), 3, HOURS).countedAsReceivedOn())
                .isEqualTo(LocalDate.of(2026, 6, 1));
        // one received Tue 2/6/2026 at 15:30 counts as received that day under the new version
        assertThat(calculator.caseDeadline(vn(2026, 6, 2, 15, 30), 3, HOURS).countedAsReceivedOn())
                .isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(calculator.handoverDeadline(vn(2026, 6, 2, 15, 30), HOURS)).isEqualTo(vn(2026, 6, 2, 17, 0));
        // while the shipped rules (no such version) hand it over the next day
        assertThat(shipped.caseDeadline(vn(2026, 6, 2, 15, 30), 3, HOURS).countedAsReceivedOn())
                .isEqualTo(LocalDate.of(2026, 6, 3));
    }
}
