package vn.motcua.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily counters per agency, department and procedure (motcua_daily_stat), incremented in the
 * transaction of the event they count: a retried or rolled-back command never counts twice or not at
 * all. A counter's row is created once, in a transaction of its own, so that two first events of the
 * same day never make an intake fail.
 */
@Repository
public class DailyStats {

    private final JdbcClient jdbc;
    private final TransactionTemplate separate;

    DailyStats(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void add(LocalDate day, String agencyCode, String department, String procedureCode, Metric metric,
                    BigDecimal amount) {
        String unit = department == null ? "" : department;
        if (increment(day, agencyCode, unit, procedureCode, metric, amount) == 0) {
            try {
                separate.executeWithoutResult(status -> jdbc.sql("""
                                insert into motcua_daily_stat (stat_day, agency_code, department, procedure_code, metric, stat_value)
                                values (:day, :agency, :unit, :procedure, :metric, 0)""")
                        .param("day", day).param("agency", agencyCode).param("unit", unit)
                        .param("procedure", procedureCode).param("metric", metric.name()).update());
            } catch (DuplicateKeyException anotherEventWasFirst) {
                // the row exists now
            }
            increment(day, agencyCode, unit, procedureCode, metric, amount);
        }
    }

    public void add(LocalDate day, String agencyCode, String department, String procedureCode, Metric metric) {
        add(day, agencyCode, department, procedureCode, metric, BigDecimal.ONE);
    }

    private int increment(LocalDate day, String agency, String unit, String procedure, Metric metric, BigDecimal amount) {
        return jdbc.sql("""
                        update motcua_daily_stat set stat_value = stat_value + :amount where stat_day = :day
                            and agency_code = :agency and department = :unit and procedure_code = :procedure
                            and metric = :metric""")
                .param("amount", amount).param("day", day).param("agency", agency).param("unit", unit)
                .param("procedure", procedure).param("metric", metric.name()).update();
    }

    /** How {@link #sums} groups the counters: by a column of the table, or not at all. */
    public enum Grouping {
        TOTAL("'TOTAL'"), DAY("stat_day"), AGENCY("agency_code"), DEPARTMENT("department"), PROCEDURE("procedure_code");

        private final String expression;

        Grouping(String expression) {
            this.expression = expression;
        }
    }

    /** One metric summed over a group of counters; a day's group is its ISO date. */
    public record Sum(String group, String metric, BigDecimal value) {
    }

    /**
     * The counters of the days in [from, to], optionally of one agency, department, procedure, summed in
     * the database by metric and group: a year's report reads a few hundred sums, not every counter.
     */
    public List<Sum> sums(LocalDate from, LocalDate to, String agency, String department, String procedure,
                          Grouping grouping) {
        return jdbc.sql("select grp, metric, sum(stat_value) as total from (select " + grouping.expression
                        + " as grp, metric, stat_value from motcua_daily_stat " + """
                        where stat_day between :from and :to
                          and (cast(:agency as varchar(32)) is null or agency_code = :agency)
                          and (cast(:department as varchar(255)) is null or department = :department)
                          and (cast(:procedure as varchar(64)) is null or procedure_code = :procedure)) counters
                        group by grp, metric""")
                .param("from", from).param("to", to).param("agency", agency).param("department", department)
                .param("procedure", procedure)
                .query((rs, n) -> new Sum(grouping == Grouping.DAY ? rs.getDate("grp").toLocalDate().toString() : rs.getString("grp"),
                        rs.getString("metric"), rs.getBigDecimal("total")))
                .list();
    }
}
