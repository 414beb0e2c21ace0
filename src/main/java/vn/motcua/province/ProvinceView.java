package vn.motcua.province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.motcua.cases.Procedure;
import vn.motcua.cases.ProcedureCatalog;
import vn.motcua.measurement.OnTimeReport;
import vn.motcua.measurement.ReportRow;

/**
 * Every agency of the province side by side (README: 'The province view'): on-time rate this month and this year,
 * what is overdue now, the health of its QMS (the inspection's checks, from the same records), the on-time trend
 * of twelve months, and a score for the yearly emulation ranking weighted by {@link ProvinceSettings.ScoreWeights}.
 * The on-time figures are the report API's, grouped by agency; the records behind the QMS checks are read once for
 * all agencies.
 */
@Service
public class ProvinceView {

    public record Health(String check, String title, Boolean met, String evidence) {
    }

    public record Trend(String month, BigDecimal onTimeRate, long resolved) {
    }

    public record AgencyRow(String agencyCode, String agencyName, boolean registered, String obligationLabel,
                            BigDecimal onTimeRateMonth, long resolvedMonth, BigDecimal onTimeRateYear, long resolvedYear,
                            long overdueNow, long inProgressNow, List<Health> qms, int qmsMet, int qmsDecided, BigDecimal score,
                            List<Trend> trend) {
    }

    public record View(LocalDate on, String month, int year, ProvinceSettings.ScoreWeights weights, List<AgencyRow> agencies) {
    }

    private final OnTimeReport onTime;
    private final InspectionEvidence evidence;
    private final ProcedureCatalog catalog;
    private final ProvinceSettings settings;

    ProvinceView(OnTimeReport onTime, InspectionEvidence evidence, ProcedureCatalog catalog, ProvinceSettings settings) {
        this.onTime = onTime;
        this.evidence = evidence;
        this.catalog = catalog;
        this.settings = settings;
    }

    /** The view as of the day: this month and year up to it, the twelve months before it for the QMS checks. */
    public View view(LocalDate on) {
        Map<String, ReportRow> year = byAgency(onTime.report(on.withDayOfYear(1), on, null, null, null, OnTimeReport.GroupBy.AGENCY));
        Map<String, ReportRow> month = byAgency(onTime.report(on.withDayOfMonth(1), on, null, null, null, OnTimeReport.GroupBy.AGENCY));
        List<YearMonth> months = new ArrayList<>();
        Map<YearMonth, Map<String, ReportRow>> trend = new HashMap<>();
        for (int back = 11; back >= 0; back--) {
            YearMonth m = YearMonth.from(on).minusMonths(back);
            LocalDate end = m.atEndOfMonth().isAfter(on) ? on : m.atEndOfMonth();
            months.add(m);
            trend.put(m, byAgency(onTime.report(m.atDay(1), end, null, null, null, OnTimeReport.GroupBy.AGENCY)));
        }
        InspectionEvidence.Records records = evidence.records(on.minusYears(1).plusDays(1), on);
        Map<String, String> catalogNames = new HashMap<>();
        for (Procedure procedure : catalog.all()) {
            if (procedure.agencyCode() != null && procedure.agencyName() != null) {
                catalogNames.putIfAbsent(procedure.agencyCode(), procedure.agencyName());
            }
        }
        Set<String> agencies = new LinkedHashSet<>(records.registered());
        agencies.addAll(year.keySet());
        agencies.removeIf(code -> code == null || code.isBlank());

        List<AgencyRow> rows = new ArrayList<>();
        for (String code : agencies) {
            QmsRegister.Entry entry = records.entry(code);
            ReportRow y = year.get(code);
            ReportRow m = month.get(code);
            List<Health> qms = records.health(code).values().stream()
                    .map(e -> new Health(e.check().name(), e.check().title(), e.met(), e.text())).toList();
            int decided = (int) qms.stream().filter(h -> h.met() != null).count();
            int met = (int) qms.stream().filter(h -> Boolean.TRUE.equals(h.met())).count();
            long overdue = y == null || y.inProgressOverdue() == null ? 0 : y.inProgressOverdue();
            long open = overdue + (y == null || y.inProgressWithinDeadline() == null ? 0 : y.inProgressWithinDeadline());
            List<Trend> points = months.stream().map(ym -> {
                ReportRow r = trend.get(ym).get(code);
                return new Trend(ym.toString(), r == null ? null : r.onTimeRate(), resolved(r));
            }).toList();
            rows.add(new AgencyRow(code, entry != null ? entry.agencyName() : catalogNames.getOrDefault(code, code), entry != null,
                    entry == null ? "Chưa có trong danh sách áp dụng ISO" : entry.obligationLabel(),
                    m == null ? null : m.onTimeRate(), resolved(m), y == null ? null : y.onTimeRate(), resolved(y), overdue, open,
                    qms, met, decided, score(y == null ? null : y.onTimeRate(), met, decided, overdue, open), points));
        }
        rows.sort(Comparator.comparing(AgencyRow::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(AgencyRow::agencyName));
        return new View(on, YearMonth.from(on).toString(), on.getYear(), settings.scoreWeights(), rows);
    }

    /**
     * Out of 100: the weighted mean of the year's on-time rate, the share of QMS checks met (of those the records
     * decide) and the share of open dossiers not overdue; a part without a figure is left out. Null with no part.
     */
    BigDecimal score(BigDecimal onTimeRate, int qmsMet, int qmsDecided, long overdue, long open) {
        ProvinceSettings.ScoreWeights weights = settings.scoreWeights();
        BigDecimal sum = BigDecimal.ZERO;
        int weight = 0;
        if (onTimeRate != null && weights.onTime() > 0) {
            sum = sum.add(onTimeRate.multiply(BigDecimal.valueOf(weights.onTime())));
            weight += weights.onTime();
        }
        if (qmsDecided > 0 && weights.qms() > 0) {
            sum = sum.add(BigDecimal.valueOf(qmsMet).divide(BigDecimal.valueOf(qmsDecided), 6, RoundingMode.HALF_UP)
                    .multiply(BigDecimal.valueOf(weights.qms())));
            weight += weights.qms();
        }
        if (open > 0 && weights.overdue() > 0) {
            sum = sum.add(BigDecimal.valueOf(open - overdue).divide(BigDecimal.valueOf(open), 6, RoundingMode.HALF_UP)
                    .multiply(BigDecimal.valueOf(weights.overdue())));
            weight += weights.overdue();
        }
        return weight == 0 ? null : sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(weight), 1, RoundingMode.HALF_UP);
    }

    private static long resolved(ReportRow row) {
        return row == null ? 0 : row.resolvedEarly() + row.resolvedOnTime() + row.resolvedLate();
    }

    private static Map<String, ReportRow> byAgency(List<ReportRow> rows) {
        Map<String, ReportRow> map = new HashMap<>();
        rows.forEach(row -> map.put(row.group(), row));
        return map;
    }
}
