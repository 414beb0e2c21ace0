package vn.motcua.iso.objectives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.iso.nonconformity.Nonconformities;
import vn.motcua.measurement.OnTimeReport;
import vn.motcua.measurement.ReportRow;

/**
 * Evaluates each agency's quality objectives for a month from the measurements, stores each result
 * once, and records a missed objective as a nonconformity. Run by the engine each month
 * (processes/iso/QualityObjectivesProcess.bpmn: {@code ${qualityObjectives.evaluateLastMonth(execution)}}).
 */
@Component("qualityObjectives")
public class QualityObjectives {

    public record Result(String agencyCode, String objectiveId, String month, String name, BigDecimal measured,
                         BigDecimal target, Boolean met) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(QualityObjectives.class);

    private final QualityObjectiveSettings settings;
    private final OnTimeReport report;
    private final Nonconformities nonconformities;
    private final JdbcClient jdbc;
    private final Clock clock;

    QualityObjectives(QualityObjectiveSettings settings, OnTimeReport report, Nonconformities nonconformities,
                      JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.report = report;
        this.nonconformities = nonconformities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void evaluateLastMonth(DelegateExecution execution) {
        evaluate(YearMonth.from(LocalDate.now(clock.withZone(VietnamTime.ZONE))).minusMonths(1));
    }

    /** Evaluates every configured objective for the month; a month already evaluated is left as it was. */
    public List<Result> evaluate(YearMonth month) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
        settings.objectives().forEach((agency, objectives) -> {
            List<ReportRow> rows = report.report(month.atDay(1), month.atEndOfMonth(), agency, null, null, null);
            ReportRow row = rows.isEmpty() ? null : rows.get(0);
            for (QualityObjectiveSettings.Objective objective : objectives) {
                BigDecimal measured = row == null ? null : measure(objective.measure(), row);
                Boolean met = measured == null ? null : objective.isMetBy(measured);
                if (store(agency, objective, month, measured, met, now) && Boolean.FALSE.equals(met)) {
                    nonconformities.open(new Nonconformities.NewNonconformity(
                            "OBJECTIVE|" + agency + "|" + objective.id() + "|" + month, Nonconformities.Source.QUALITY_OBJECTIVE,
                            agency, null, null, "Không đạt mục tiêu chất lượng \"" + objective.name() + "\" tháng " + month
                                    + ": đạt " + measured.stripTrailingZeros().toPlainString() + ", mục tiêu "
                                    + objective.target().stripTrailingZeros().toPlainString(), null));
                    LOG.warn("Quality objective {} of {} missed in {}", objective.id(), agency, month);
                }
            }
        });
        return results(month.getYear());
    }

    public List<Result> results(int year) {
        return jdbc.sql("select * from motcua_objective_result where period_month like :year order by period_month, agency_code, objective_id")
                .param("year", year + "-%").query(this::map).list();
    }

    private static BigDecimal measure(QualityObjectiveSettings.Measure measure, ReportRow row) {
        return switch (measure) {
            case ON_TIME_RATE -> row.onTimeRate();
            case PROCESSING_RATIO -> row.averageProcessingWorkingDays() == null || row.averageStatutoryWorkingDays() == null
                    || row.averageStatutoryWorkingDays().signum() == 0 ? null
                    : row.averageProcessingWorkingDays().divide(row.averageStatutoryWorkingDays(), 4, RoundingMode.HALF_UP);
        };
    }

    private boolean store(String agency, QualityObjectiveSettings.Objective objective, YearMonth month, BigDecimal measured,
                          Boolean met, OffsetDateTime now) {
        if (jdbc.sql("select count(*) from motcua_objective_result where agency_code = :agency and objective_id = :id "
                        + "and period_month = :month").param("agency", agency).param("id", objective.id())
                .param("month", month.toString()).query(Integer.class).single() > 0) {
            return false;
        }
        jdbc.sql("""
                        insert into motcua_objective_result (agency_code, objective_id, period_month, name, measured, target, met, evaluated_at)
                        values (:agency, :id, :month, :name, :measured, :target, :met, :now)""")
                .param("agency", agency).param("id", objective.id()).param("month", month.toString())
                .param("name", objective.name()).param("measured", measured).param("target", objective.target())
                .param("met", met).param("now", now.withOffsetSameInstant(ZoneOffset.UTC)).update();
        return true;
    }

    private Result map(ResultSet rs, int n) throws SQLException {
        Object met = rs.getObject("met");
        return new Result(rs.getString("agency_code"), rs.getString("objective_id"), rs.getString("period_month"),
                rs.getString("name"), rs.getBigDecimal("measured"), rs.getBigDecimal("target"),
                met == null ? null : (Boolean) met);
    }
}
