package vn.motcua.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;


/**
 * The on-time report of a period: sums of the daily counters (the cost grows with days and groups,
 * never with dossiers), the carried-over stock from the counters before the period, and the open
 * dossiers as of now.
 */
@Service
public class OnTimeReport {

    /** How rows are grouped; null for one row of totals. */
    public enum GroupBy { AGENCY, DEPARTMENT, PROCEDURE, MONTH }

    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    /** The last day counters could have: "ever" when summing what was received and closed. */
    static final LocalDate END = LocalDate.of(9999, 12, 31);

    private final DailyStats stats;
    private final JdbcClient jdbc;
    private final Clock clock;

    OnTimeReport(DailyStats stats, JdbcClient jdbc, Clock clock) {
        this.stats = stats;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<ReportRow> report(LocalDate from, LocalDate to, String agency, String department, String procedure,
                                  GroupBy groupBy) {
        DailyStats.Grouping grouping = grouping(groupBy);
        Map<String, Map<Metric, BigDecimal>> sums = new TreeMap<>();
        for (DailyStats.Sum sum : stats.sums(from, to, agency, department, procedure, grouping)) {
            add(sums, sum.group(), sum);
        }
        Map<String, Map<Metric, BigDecimal>> before = new HashMap<>();
        if (groupBy != GroupBy.MONTH) {
            for (DailyStats.Sum sum : stats.sums(BEGINNING, from.minusDays(1), agency, department, procedure, grouping)) {
                add(before, sum.group(), sum);
                sums.computeIfAbsent(sum.group(), k -> new EnumMap<>(Metric.class));
            }
        }
        Map<String, Map<String, Long>> open = groupBy == GroupBy.MONTH ? Map.of() : openNow(groupBy, agency, department, procedure);
        return sums.entrySet().stream().map(entry -> {
            String group = entry.getKey();
            Map<Metric, BigDecimal> m = entry.getValue();
            long carried = groupBy == GroupBy.MONTH ? carriedOverAtMonth(group, agency, department, procedure)
                    : get(before.getOrDefault(group, Map.of()), Metric.RECEIVED) - get(before.getOrDefault(group, Map.of()), Metric.CLOSED);
            Map<String, Long> stocks = open.get(group);
            return row(group, m, carried, groupBy == GroupBy.MONTH ? null : stocks == null ? Map.of() : stocks);
        }).toList();
    }

    /**
     * Share of the dossiers resolved in [from, to] that were early or on time, from the period's counters
     * only (no stocks, no carried-over): Cockpit's figure for this month, of the agencies (all with null). Null when
     * none was resolved.
     */
    public BigDecimal onTimeRate(LocalDate from, LocalDate to, Collection<String> agencies) {
        Map<Metric, BigDecimal> m = new EnumMap<>(Metric.class);
        for (String agency : agencies == null ? java.util.Collections.<String>singletonList(null) : agencies) {
            for (DailyStats.Sum sum : stats.sums(from, to, agency, null, null, DailyStats.Grouping.TOTAL)) {
                m.merge(Metric.valueOf(sum.metric()), sum.value(), BigDecimal::add);
            }
        }
        long onTime = get(m, Metric.RESOLVED_EARLY) + get(m, Metric.RESOLVED_ON_TIME);
        return ratio(onTime, onTime + get(m, Metric.RESOLVED_LATE));
    }

    private long carriedOverAtMonth(String month, String agency, String department, String procedure) {
        LocalDate start = YearMonth.parse(month).atDay(1);
        long received = 0;
        long closed = 0;
        for (DailyStats.Sum sum : stats.sums(BEGINNING, start.minusDays(1), agency, department, procedure,
                DailyStats.Grouping.TOTAL)) {
            if (sum.metric().equals(Metric.RECEIVED.name())) {
                received += sum.value().longValue();
            } else if (sum.metric().equals(Metric.CLOSED.name())) {
                closed += sum.value().longValue();
            }
        }
        return received - closed;
    }

    private static ReportRow row(String group, Map<Metric, BigDecimal> m, long carried, Map<String, Long> stocks) {
        long early = get(m, Metric.RESOLVED_EARLY);
        long onTime = get(m, Metric.RESOLVED_ON_TIME);
        long late = get(m, Metric.RESOLVED_LATE);
        long resolved = early + onTime + late;
        long d766Late = get(m, Metric.DECISION766_LATE);
        long d766Resolved = get(m, Metric.DECISION766_ON_TIME) + d766Late;
        return new ReportRow(group, carried, get(m, Metric.RECEIVED), get(m, Metric.RECEIVED_IN_PERSON),
                get(m, Metric.RECEIVED_ONLINE), get(m, Metric.RECEIVED_BY_POST), early, onTime, late,
                stocks == null ? null : stocks.getOrDefault("WITHIN", 0L),
                stocks == null ? null : stocks.getOrDefault("OVERDUE", 0L),
                stocks == null ? null : stocks.getOrDefault("WAITING_SUPPLEMENT", 0L),
                get(m, Metric.REFUSED), get(m, Metric.WITHDRAWN), get(m, Metric.ABANDONED),
                ratio(early + onTime, resolved), ratio(m.get(Metric.PROCESSING_DAYS), resolved),
                ratio(m.get(Metric.STATUTORY_DAYS), resolved), get(m, Metric.SUPPLEMENT_REQUESTS), get(m, Metric.APOLOGIES),
                ratio(m.get(Metric.DECISION766_DAYS), d766Resolved), d766Late, ratio(d766Resolved - d766Late, d766Resolved),
                get(m, Metric.STEPS_EARLY), get(m, Metric.STEPS_ON_TIME), get(m, Metric.STEPS_LATE));
    }

    /**
     * Open dossiers now, by group: within the deadline, past it, waiting for the citizen's supplement.
     * How many are open comes from the counters (received minus closed, ever); only the overdue and the
     * waiting ones are counted in the dossier table, through its (status, due_at) index, so the cost
     * follows the overdue stock, not the open one.
     */
    private Map<String, Map<String, Long>> openNow(GroupBy groupBy, String agency, String department, String procedure) {
        String column = groupBy == null ? "'TOTAL'" : switch (groupBy) {
            case AGENCY -> "agency_code";
            case DEPARTMENT -> "coalesce(department, '')";
            case PROCEDURE -> "procedure_code";
            case MONTH -> throw new IllegalArgumentException("no stocks by month");
        };
        Map<String, Map<Metric, BigDecimal>> ever = new HashMap<>();
        for (DailyStats.Sum sum : stats.sums(BEGINNING, END, agency, department, procedure, grouping(groupBy))) {
            add(ever, sum.group(), sum);
        }
        Map<String, Map<String, Long>> counts = new HashMap<>();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // one query per status, each a range of the (status, due_at) index
        count(counts, column, "WAITING_SUPPLEMENT", null, "WAITING_SUPPLEMENT", agency, department, procedure);
        count(counts, column, "IN_PROGRESS", now, "OVERDUE", agency, department, procedure);
        count(counts, column, "RESULT_READY", now, "OVERDUE", agency, department, procedure);
        ever.forEach((group, m) -> {
            Map<String, Long> stocks = counts.computeIfAbsent(group, k -> new HashMap<>());
            long open = get(m, Metric.RECEIVED) - get(m, Metric.CLOSED);
            stocks.put("WITHIN", Math.max(0, open - stocks.getOrDefault("OVERDUE", 0L) - stocks.getOrDefault("WAITING_SUPPLEMENT", 0L)));
        });
        return counts;
    }

    /**
     * The dossiers open now per agency, counted from the dossiers themselves: every open one ({@code OPEN}: in progress,
     * result ready, waiting for a supplement) and those past their due moment ({@code OVERDUE}, as the report's
     * "in progress, overdue" counts them), without the report's counters of all time: the province view asks it for
     * every agency at once. Two reads of the index (status, due moment, agency) and nothing else: the open ones counted
     * from its entries, the overdue ones from the part of each status's entries due before now (a province has a
     * hundred thousand open dossiers, a tenth of them overdue; an expression per row over all of them cost more than
     * both reads together).
     */
    public Map<String, Map<String, Long>> openByAgency() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql("""
                        select agency_code, count(*) as n from motcua_dossier
                        where status in ('IN_PROGRESS', 'RESULT_READY', 'WAITING_SUPPLEMENT') group by agency_code""")
                .query((rs, n) -> counts.computeIfAbsent(rs.getString("agency_code"), k -> new HashMap<>())
                        .put("OPEN", rs.getLong("n")))
                .list();
        // one range per status: the index is searched for "status = ? and due_at < ?", never scanned whole
        jdbc.sql("""
                        select agency_code, count(*) as n from (
                            select agency_code from motcua_dossier where status = 'IN_PROGRESS' and due_at < :now
                            union all
                            select agency_code from motcua_dossier where status = 'RESULT_READY' and due_at < :now) overdue
                        group by agency_code""")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query((rs, n) -> counts.computeIfAbsent(rs.getString("agency_code"), k -> new HashMap<>())
                        .put("OVERDUE", rs.getLong("n")))
                .list();
        return counts;
    }

    /** Counts one status's dossiers by group into a stock; with dueBefore, only those due before it. */
    private void count(Map<String, Map<String, Long>> counts, String column, String status, OffsetDateTime dueBefore,
                       String stock, String agency, String department, String procedure) {
        jdbc.sql("select grp, count(*) as n from (select " + column + " as grp from motcua_dossier "
                        + "where status = :status " + (dueBefore == null ? "" : "and due_at < :dueBefore ")
                        + DailyStats.FILTER_CONDITIONS + ") open_dossiers group by grp")
                .param("status", status).param("dueBefore", dueBefore)
                .param("agency", agency).param("department", department).param("procedure", procedure)
                .query((rs, n) -> counts.computeIfAbsent(rs.getString("grp"), k -> new HashMap<>())
                        .merge(stock, rs.getLong("n"), Long::sum))
                .list();
    }

    private static DailyStats.Grouping grouping(GroupBy groupBy) {
        if (groupBy == null) {
            return DailyStats.Grouping.TOTAL;
        }
        return switch (groupBy) {
            case AGENCY -> DailyStats.Grouping.AGENCY;
            case DEPARTMENT -> DailyStats.Grouping.DEPARTMENT;
            case PROCEDURE -> DailyStats.Grouping.PROCEDURE;
            case MONTH -> DailyStats.Grouping.MONTH;
        };
    }

    private static void add(Map<String, Map<Metric, BigDecimal>> sums, String group, DailyStats.Sum sum) {
        sums.computeIfAbsent(group, k -> new EnumMap<>(Metric.class))
                .merge(Metric.valueOf(sum.metric()), sum.value(), BigDecimal::add);
    }

    private static long get(Map<Metric, BigDecimal> sums, Metric metric) {
        BigDecimal value = sums.get(metric);
        return value == null ? 0 : value.longValue();
    }

    private static BigDecimal ratio(long part, long whole) {
        return ratio(BigDecimal.valueOf(part), whole);
    }

    private static BigDecimal ratio(BigDecimal part, long whole) {
        return whole == 0 || part == null ? null : part.divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
