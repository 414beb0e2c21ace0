package vn.motcua.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.MotcuaIT;

/**
 * The monthly roll-ups answer exactly what the days they sum would: random counters over fourteen
 * months of an agency of its own, summed over periods that start and end inside months, on month
 * boundaries, within a single month, for every grouping and filter; again after the roll-ups are
 * rebuilt from the daily counters, and never counting a rolled-back event.
 */
@MotcuaIT
class DailyStatsIT {

    private static final String AGENCY = "TEST.ROLLUP." + System.nanoTime() % 100_000;
    private static final LocalDate FIRST = LocalDate.of(2023, 11, 1);

    @Autowired
    DailyStats stats;
    @Autowired
    TransactionTemplate transactions;

    private record Event(LocalDate day, String department, String procedure, Metric metric, BigDecimal amount) {
    }

    @Test
    void rollUpsAnswerWhatTheDaysWould() {
        Random random = new Random(7);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Event event = new Event(FIRST.plusDays(random.nextInt(425)), "dept-" + random.nextInt(3),
                    "PROC-" + random.nextInt(4), Metric.values()[random.nextInt(4)], BigDecimal.valueOf(1 + random.nextInt(3)));
            events.add(event);
            transactions.executeWithoutResult(status ->
                    stats.add(event.day(), AGENCY, event.department(), event.procedure(), event.metric(), event.amount()));
        }
        transactions.executeWithoutResult(status -> {
            stats.add(LocalDate.of(2024, 3, 5), AGENCY, "dept-0", "PROC-0", Metric.RECEIVED, BigDecimal.TEN);
            status.setRollbackOnly();
        });

        checkPeriods(events);
        stats.rebuildMonthly();
        checkPeriods(events);
    }

    private void checkPeriods(List<Event> events) {
        LocalDate[][] periods = {
                {LocalDate.of(2023, 11, 17), LocalDate.of(2024, 12, 3)},
                {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)},
                {LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 20)},
                {LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)},
                {LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1)},
                {LocalDate.of(2000, 1, 1), LocalDate.of(2024, 6, 14)},
        };
        for (LocalDate[] period : periods) {
            for (DailyStats.Grouping grouping : DailyStats.Grouping.values()) {
                check(events, period[0], period[1], null, null, grouping);
                check(events, period[0], period[1], "dept-1", null, grouping);
                check(events, period[0], period[1], null, "PROC-2", grouping);
                check(events, period[0], period[1], "dept-2", "PROC-3", grouping);
            }
        }
    }

    private void check(List<Event> events, LocalDate from, LocalDate to, String department, String procedure,
                       DailyStats.Grouping grouping) {
        Function<Event, String> group = switch (grouping) {
            case TOTAL -> e -> "TOTAL";
            case MONTH -> e -> YearMonth.from(e.day()).toString();
            case AGENCY -> e -> AGENCY;
            case DEPARTMENT -> Event::department;
            case PROCEDURE -> Event::procedure;
        };
        Map<String, BigDecimal> expected = new TreeMap<>();
        events.stream()
                .filter(e -> !e.day().isBefore(from) && !e.day().isAfter(to))
                .filter(e -> department == null || department.equals(e.department()))
                .filter(e -> procedure == null || procedure.equals(e.procedure()))
                .forEach(e -> expected.merge(group.apply(e) + "|" + e.metric(), e.amount(), BigDecimal::add));
        Map<String, BigDecimal> actual = new TreeMap<>();
        stats.sums(from, to, AGENCY, department, procedure, grouping)
                .forEach(sum -> actual.merge(sum.group() + "|" + sum.metric(), sum.value().stripTrailingZeros(), BigDecimal::add));
        expected.replaceAll((key, value) -> value.stripTrailingZeros());
        assertThat(actual).as("%s..%s %s %s by %s", from, to, department, procedure, grouping).isEqualTo(expected);
    }
}
