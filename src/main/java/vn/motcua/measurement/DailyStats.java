package vn.motcua.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily counters per agency, department and procedure (motcua_daily_stat) and their monthly roll-ups
 * (motcua_monthly_stat), incremented in the transaction of the event they count: a retried or
 * rolled-back command never counts twice or not at all: a transaction's increments are gathered and written
 * just before it commits, one batch per table. A counter's row is created once, in a transaction of its own,
 * so that two first events of the same day never make an intake fail.
 * <p>
 * Reads sum whole months from the roll-ups and only the days at the edges of a period from the daily
 * counters, so a year's report reads a few thousand rows however many dossiers the year had.
 */
@Repository
public class DailyStats {

    /** The procedure or department of a roll-up that sums all of them. */
    private static final String ALL = "*";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate separate;

    DailyStats(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The three monthly roll-ups: by department (all procedures), by procedure (all departments), by both. */
    private enum Breakdown { DEPARTMENT, PROCEDURE, FULL }

    public void add(LocalDate day, String agencyCode, String department, String procedureCode, Metric metric,
                    BigDecimal amount) {
        String unit = department == null ? "" : department;
        LocalDate month = day.withDayOfMonth(1);
        List<Counter> counters = List.of(new Counter(null, day, agencyCode, unit, procedureCode, metric),
                new Counter(Breakdown.FULL, month, agencyCode, unit, procedureCode, metric),
                new Counter(Breakdown.DEPARTMENT, month, agencyCode, unit, ALL, metric),
                new Counter(Breakdown.PROCEDURE, month, agencyCode, ALL, procedureCode, metric));
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            counters.forEach(counter -> add(counter, amount));
            return;
        }
        // this transaction's own (the synchronizations of a transaction suspended by a REQUIRES_NEW are not listed)
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(sync -> sync instanceof Pending own && own.owner() == this).map(Pending.class::cast)
                .findFirst().orElse(null);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        for (Counter counter : counters) {
            pending.amounts.merge(counter, amount, BigDecimal::add);
        }
    }

    /**
     * The increments of one transaction, written just before it commits (so still in it: rolled back with it, never
     * counted twice), each counter once however often it moved, in one batch per table: a dossier's step costs two
     * round trips instead of four statements, in the order of the counters' keys, so two transactions lock them
     * in the same order.
     */
    private final class Pending implements TransactionSynchronization {

        private final Map<Counter, BigDecimal> amounts = new java.util.TreeMap<>(COUNTER_ORDER);

        DailyStats owner() {
            return DailyStats.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            List<Map.Entry<Counter, BigDecimal>> daily = new ArrayList<>();
            List<Map.Entry<Counter, BigDecimal>> monthly = new ArrayList<>();
            amounts.entrySet().forEach(e -> (e.getKey().breakdown() == null ? daily : monthly).add(e));
            incrementAll(daily, "update motcua_daily_stat set stat_value = stat_value + ? where stat_day = ?"
                    + " and agency_code = ? and department = ? and procedure_code = ? and metric = ?");
            incrementAll(monthly, "update motcua_monthly_stat set stat_value = stat_value + ? where breakdown = ?"
                    + " and stat_month = ? and agency_code = ? and department = ? and procedure_code = ? and metric = ?");
        }

        private void incrementAll(List<Map.Entry<Counter, BigDecimal>> increments, String sql) {
            if (increments.isEmpty()) {
                return;
            }
            int[] updated = batch.batchUpdate(sql, increments.stream().map(e -> {
                Counter c = e.getKey();
                List<Object> args = new ArrayList<>(List.of(e.getValue()));
                if (c.breakdown() != null) {
                    args.add(c.breakdown().name());
                }
                args.addAll(List.of(c.date(), c.agency(), c.unit(), c.procedure(), c.metric().name()));
                return args.toArray();
            }).toList());
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    // the counter's first event: its row is created, then incremented, as without a batch
                    add(increments.get(i).getKey(), increments.get(i).getValue());
                }
            }
        }
    }

    private static final java.util.Comparator<Counter> COUNTER_ORDER = java.util.Comparator
            .comparing((Counter c) -> c.breakdown() == null ? "" : c.breakdown().name())
            .thenComparing(Counter::date).thenComparing(Counter::agency).thenComparing(Counter::unit)
            .thenComparing(Counter::procedure).thenComparing(Counter::metric);

    public void add(LocalDate day, String agencyCode, String department, String procedureCode, Metric metric) {
        add(day, agencyCode, department, procedureCode, metric, BigDecimal.ONE);
    }

    /** One counter's key: a day's (no breakdown) or a month's of one breakdown. */
    private record Counter(Breakdown breakdown, LocalDate date, String agency, String unit, String procedure, Metric metric) {

        String table() {
            return breakdown == null ? "motcua_daily_stat" : "motcua_monthly_stat";
        }

        String key() {
            return (breakdown == null ? "stat_day = :date" : "breakdown = :breakdown and stat_month = :date")
                    + " and agency_code = :agency and department = :unit and procedure_code = :procedure and metric = :metric";
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            if (breakdown != null) {
                statement = statement.param("breakdown", breakdown.name());
            }
            return statement.param("date", date).param("agency", agency).param("unit", unit)
                    .param("procedure", procedure).param("metric", metric.name());
        }
    }

    private void add(Counter counter, BigDecimal amount) {
        if (increment(counter, amount) == 0) {
            String columns = counter.breakdown() == null ? "stat_day" : "breakdown, stat_month";
            String values = counter.breakdown() == null ? ":date" : ":breakdown, :date";
            try {
                separate.executeWithoutResult(status -> counter.bind(jdbc.sql("insert into " + counter.table() + " ("
                        + columns + ", agency_code, department, procedure_code, metric, stat_value) values ("
                        + values + ", :agency, :unit, :procedure, :metric, 0)")).update());
            } catch (DuplicateKeyException anotherEventWasFirst) {
                // the row exists now
            }
            increment(counter, amount);
        }
    }

    private int increment(Counter counter, BigDecimal amount) {
        return counter.bind(jdbc.sql("update " + counter.table() + " set stat_value = stat_value + :amount where "
                + counter.key())).param("amount", amount).update();
    }

    /**
     * Derives the monthly roll-ups again from the daily counters, for counters written by other means
     * than {@link #add} (imported from a former system, corrected by hand). Returns the roll-ups written.
     */
    @Transactional
    public int rebuildMonthly() {
        jdbc.sql("delete from motcua_monthly_stat").update();
        int written = 0;
        for (Breakdown breakdown : Breakdown.values()) {
            String department = breakdown == Breakdown.PROCEDURE ? "'" + ALL + "'" : "department";
            String procedure = breakdown == Breakdown.DEPARTMENT ? "'" + ALL + "'" : "procedure_code";
            written += jdbc.sql("insert into motcua_monthly_stat (breakdown, stat_month, agency_code, department, "
                            + "procedure_code, metric, stat_value) select '" + breakdown.name() + "', stat_month, agency_code, "
                            + "grp_department, grp_procedure, metric, sum(stat_value) from (select "
                            + "cast(date_trunc('month', stat_day) as date) as stat_month, agency_code, " + department
                            + " as grp_department, " + procedure + " as grp_procedure, metric, stat_value from motcua_daily_stat) days "
                            + "group by stat_month, agency_code, grp_department, grp_procedure, metric").update();
        }
        return written;
    }

    /** How {@link #sums} groups the counters: by a column of the table, by month, or not at all. */
    public enum Grouping {
        TOTAL("'TOTAL'"), MONTH(null), AGENCY("agency_code"), DEPARTMENT("department"), PROCEDURE("procedure_code");

        private final String expression;

        Grouping(String expression) {
            this.expression = expression;
        }
    }

    /** One metric summed over a group of counters; a month's group is its ISO year-month (2025-03). */
    public record Sum(String group, String metric, BigDecimal value) {
    }

    /**
     * The counters of the days in [from, to], optionally of one agency, department, procedure, summed in
     * the database by metric and group: whole months from the roll-up that has the columns asked for,
     * the days before the first and after the last whole month from the daily counters.
     */
    public List<Sum> sums(LocalDate from, LocalDate to, String agency, String department, String procedure,
                          Grouping grouping) {
        if (to.isBefore(from)) {
            return List.of();
        }
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLastMonth = to.equals(YearMonth.from(to).atEndOfMonth()) ? to.plusDays(1) : to.withDayOfMonth(1);
        Filter filter = new Filter(agency, department, procedure);
        Map<String, Sum> sums = new LinkedHashMap<>();
        if (firstMonth.isBefore(afterLastMonth)) {
            merge(sums, months(firstMonth, afterLastMonth.minusMonths(1), filter, grouping));
            merge(sums, days(from, firstMonth.minusDays(1), filter, grouping));
            merge(sums, days(afterLastMonth, to, filter, grouping));
        } else {
            merge(sums, days(from, to, filter, grouping));
        }
        return new ArrayList<>(sums.values());
    }

    /**
     * The optional agency, department and procedure of a query on a table with those columns (the
     * counters, the dossiers), bound as :agency, :department, :procedure; null matches all.
     */
    static final String FILTER_CONDITIONS = """
              and (cast(:agency as varchar(32)) is null or agency_code = :agency)
              and (cast(:department as varchar(255)) is null or department = :department)
              and (cast(:procedure as varchar(64)) is null or procedure_code = :procedure)""";

    private record Filter(String agency, String department, String procedure) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.param("agency", agency).param("department", department).param("procedure", procedure);
        }
    }

    private List<Sum> months(LocalDate first, LocalDate last, Filter filter, Grouping grouping) {
        boolean byDepartment = filter.department() != null || grouping == Grouping.DEPARTMENT;
        boolean byProcedure = filter.procedure() != null || grouping == Grouping.PROCEDURE;
        Breakdown breakdown = byDepartment && byProcedure ? Breakdown.FULL
                : byProcedure ? Breakdown.PROCEDURE : Breakdown.DEPARTMENT;
        String group = grouping == Grouping.MONTH ? "stat_month" : grouping.expression;
        return filter.bind(jdbc.sql("select grp, metric, sum(stat_value) as total from (select " + group
                        + " as grp, metric, stat_value from motcua_monthly_stat where breakdown = :breakdown"
                        + " and stat_month between :from and :to " + FILTER_CONDITIONS + ") counters group by grp, metric"))
                .param("breakdown", breakdown.name()).param("from", first).param("to", last)
                .query((rs, n) -> sum(rs, grouping)).list();
    }

    private List<Sum> days(LocalDate from, LocalDate to, Filter filter, Grouping grouping) {
        if (to.isBefore(from)) {
            return List.of();
        }
        String group = grouping == Grouping.MONTH ? "stat_day" : grouping.expression;
        return filter.bind(jdbc.sql("select grp, metric, sum(stat_value) as total from (select " + group
                        + " as grp, metric, stat_value from motcua_daily_stat where stat_day between :from and :to "
                        + FILTER_CONDITIONS + ") counters group by grp, metric"))
                .param("from", from).param("to", to)
                .query((rs, n) -> sum(rs, grouping)).list();
    }

    /** One metric of one agency summed over one month. */
    public record AgencyMonthSum(String agencyCode, YearMonth month, String metric, BigDecimal value) {
    }

    /**
     * The given metrics of every agency for each whole month in [first, last], from the monthly roll-ups in one query:
     * the province view's twelve-month trend, which would otherwise sum each month apart. Each metric is one range of
     * the index (breakdown, metric, month, agency, value), read without the rows: a year of a province is some
     * hundred thousand roll-ups, of which the view needs its three.
     */
    public List<AgencyMonthSum> monthsByAgency(YearMonth first, YearMonth last, Metric... metrics) {
        if (metrics.length == 0) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < metrics.length; i++) {
            parts.add("select agency_code, stat_month, metric, stat_value from motcua_monthly_stat where breakdown = :breakdown "
                    + "and metric = :metric" + i + " and stat_month between :from and :to");
        }
        JdbcClient.StatementSpec statement = jdbc.sql("select agency_code, stat_month, metric, sum(stat_value) as total from ("
                        + String.join(" union all ", parts) + ") roll_ups group by agency_code, stat_month, metric")
                .param("breakdown", Breakdown.DEPARTMENT.name()).param("from", first.atDay(1)).param("to", last.atDay(1));
        for (int i = 0; i < metrics.length; i++) {
            statement = statement.param("metric" + i, metrics[i].name());
        }
        return statement.query((rs, n) -> new AgencyMonthSum(rs.getString("agency_code"),
                        YearMonth.from(rs.getDate("stat_month").toLocalDate()), rs.getString("metric"), rs.getBigDecimal("total")))
                .list();
    }

    private static Sum sum(java.sql.ResultSet rs, Grouping grouping) throws java.sql.SQLException {
        String group = grouping == Grouping.MONTH ? YearMonth.from(rs.getDate("grp").toLocalDate()).toString() : rs.getString("grp");
        return new Sum(group, rs.getString("metric"), rs.getBigDecimal("total"));
    }

    private static void merge(Map<String, Sum> sums, List<Sum> more) {
        for (Sum sum : more) {
            sums.merge(sum.group() + "|" + sum.metric(), sum,
                    (a, b) -> new Sum(a.group(), a.metric(), a.value().add(b.value())));
        }
    }
}
