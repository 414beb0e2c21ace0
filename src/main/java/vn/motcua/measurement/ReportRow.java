package vn.motcua.measurement;

import java.math.BigDecimal;

/**
 * One row of the on-time report: the columns state reports use (README: 'Measuring on-time resolution'), plus
 * Decision 766.
 * Stocks of open dossiers are as of now, and only in rows that are not months.
 */
public record ReportRow(
        String group,
        long receivedCarriedOver,
        long receivedNew,
        long receivedInPerson,
        long receivedOnline,
        long receivedByPost,
        long resolvedEarly,
        long resolvedOnTime,
        long resolvedLate,
        Long inProgressWithinDeadline,
        Long inProgressOverdue,
        Long waitingSupplement,
        long refused,
        long withdrawn,
        long abandoned,
        BigDecimal onTimeRate,
        BigDecimal averageProcessingWorkingDays,
        BigDecimal averageStatutoryWorkingDays,
        long supplementRequests,
        long apologies,
        BigDecimal decision766AverageWorkingDays,
        long decision766Late,
        BigDecimal decision766OnTimeRate,
        long stepsEarly,
        long stepsOnTime,
        long stepsLate) {
}
