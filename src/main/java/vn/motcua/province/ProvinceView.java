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
import vn.motcua.measurement.DailyStats;
import vn.motcua.measurement.Metric;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitKind;

/**
 * Every agency of the province side by side (README: 'The province view'): on-time rate this month and this year,
 * what is overdue now, the health of its QMS (the inspection's checks, from the same records), the on-time trend
 * of twelve months, and a score for the yearly emulation ranking weighted by {@link ProvinceSettings.ScoreWeights}.
 * The on-time figures are the report API's (the same counters, summed by agency: this month's in one query, the whole
 * months of the trend, which hold the year's, in another; the open and overdue dossiers counted as the report counts
 * them); the records behind the QMS checks are read once for all agencies.
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
    private final DailyStats stats;
    private final InspectionEvidence evidence;
    private final ProcedureCatalog catalog;
    private final ProvinceSettings settings;
    private final Organisation organisation;

    ProvinceView(OnTimeReport onTime, DailyStats stats, InspectionEvidence evidence, ProcedureCatalog catalog,
                 ProvinceSettings settings, Organisation organisation) {
        this.organisation = organisation;
        this.onTime = onTime;
        this.stats = stats;
        this.evidence = evidence;
        this.catalog = catalog;
        this.settings = settings;
    }

    /** The view as of the day: this month and year up to it, the twelve months before it for the QMS checks. */
    public View view(LocalDate on) {
        Map<String, Resolved> month = resolved(on.withDayOfMonth(1), on);
        List<YearMonth> months = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            months.add(YearMonth.from(on).minusMonths(back));
        }
        // the eleven whole months before this one from their roll-ups, in one query; this month as summed above
        Map<YearMonth, Map<String, Resolved>> trend = byMonth(stats.monthsByAgency(months.get(0), months.get(10),
                Metric.RESOLVED_EARLY, Metric.RESOLVED_ON_TIME, Metric.RESOLVED_LATE));
        trend.put(months.get(11), month);
        // the year so far: its whole months are among the trend's (the report sums the same roll-ups), plus this month
        Map<String, Resolved> year = new HashMap<>();
        trend.forEach((ym, byAgency) -> {
            if (ym.getYear() == on.getYear()) {
                byAgency.forEach((agency, r) -> year.merge(agency, r, Resolved::plus));
            }
        });
        Map<String, Map<String, Long>> open = onTime.openByAgency();
        InspectionEvidence.Records records = evidence.records(on.minusYears(1).plusDays(1), on);
        Map<String, String> catalogNames = new HashMap<>();
        for (Procedure procedure : catalog.all()) {
            if (procedure.agencyCode() != null && procedure.agencyName() != null) {
                catalogNames.putIfAbsent(procedure.agencyCode(), procedure.agencyName());
            }
        }
        // every agency of the organisation on that day, those in the register, and any other with dossiers this year
        Set<String> agencies = new LinkedHashSet<>();
        organisation.units().stream().filter(unit -> unit.validOn(on))
                .filter(unit -> unit.kind() == UnitKind.DEPARTMENT || unit.kind() == UnitKind.COMMUNE)
                .forEach(unit -> agencies.add(unit.code()));
        agencies.addAll(records.registered());
        agencies.addAll(year.keySet());
        agencies.removeIf(code -> code == null || code.isBlank());

        List<AgencyRow> rows = new ArrayList<>();
        for (String code : agencies) {
            QmsRegister.Entry entry = records.entry(code);
            Resolved y = year.getOrDefault(code, Resolved.NONE);
            Resolved m = month.getOrDefault(code, Resolved.NONE);
            List<Health> qms = records.health(code).values().stream()
                    .map(e -> new Health(e.check().name(), e.check().title(), e.met(), e.text())).toList();
            int decided = (int) qms.stream().filter(h -> h.met() != null).count();
            int met = (int) qms.stream().filter(h -> Boolean.TRUE.equals(h.met())).count();
            Map<String, Long> stocks = open.getOrDefault(code, Map.of());
            long overdue = stocks.getOrDefault("OVERDUE", 0L);
            long inProgress = stocks.getOrDefault("OPEN", 0L);
            List<Trend> points = months.stream().map(ym -> {
                Resolved r = trend.getOrDefault(ym, Map.of()).getOrDefault(code, Resolved.NONE);
                return new Trend(ym.toString(), r.rate(), r.total());
            }).toList();
            String name = entry != null ? entry.agencyName() : organisation.unit(code).map(Unit::name)
                    .orElse(catalogNames.getOrDefault(code, code));
            rows.add(new AgencyRow(code, name, entry != null,
                    entry == null ? "Chưa có trong danh sách áp dụng ISO" : entry.obligationLabel(),
                    m.rate(), m.total(), y.rate(), y.total(), overdue, inProgress,
                    qms, met, decided, score(y.rate(), met, decided, overdue, inProgress), points));
        }
        rows.sort(Comparator.comparing(AgencyRow::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(AgencyRow::agencyName));
        return new View(on, YearMonth.from(on).toString(), on.getYear(), settings.scoreWeights(), rows);
    }

    /** Dossiers resolved early, on time and late in a period, from the counters the report sums. */
    private record Resolved(long early, long onTime, long late) {

        static final Resolved NONE = new Resolved(0, 0, 0);

        Resolved plus(Resolved other) {
            return new Resolved(early + other.early, onTime + other.onTime, late + other.late);
        }

        long total() {
            return early + onTime + late;
        }

        /** As the report rounds it: four decimals; null when nothing was resolved. */
        BigDecimal rate() {
            return total() == 0 ? null : BigDecimal.valueOf(early + onTime).divide(BigDecimal.valueOf(total()), 4, RoundingMode.HALF_UP);
        }
    }

    private static Map<YearMonth, Map<String, Resolved>> byMonth(List<DailyStats.AgencyMonthSum> sums) {
        Map<YearMonth, Map<String, long[]>> counts = new HashMap<>();
        for (DailyStats.AgencyMonthSum sum : sums) {
            int index = index(sum.metric());
            if (index >= 0) {
                counts.computeIfAbsent(sum.month(), k -> new HashMap<>()).computeIfAbsent(sum.agencyCode(), k -> new long[3])[index]
                        += sum.value().longValue();
            }
        }
        Map<YearMonth, Map<String, Resolved>> resolved = new HashMap<>();
        counts.forEach((month, byAgency) -> byAgency.forEach((agency, c) ->
                resolved.computeIfAbsent(month, k -> new HashMap<>()).put(agency, new Resolved(c[0], c[1], c[2]))));
        return resolved;
    }

    private static int index(String metric) {
        return switch (metric) {
            case "RESOLVED_EARLY" -> 0;
            case "RESOLVED_ON_TIME" -> 1;
            case "RESOLVED_LATE" -> 2;
            default -> -1;
        };
    }

    /** The period's resolved dossiers per agency: one sum of the counters grouped by agency. */
    private Map<String, Resolved> resolved(LocalDate from, LocalDate to) {
        Map<String, long[]> counts = new HashMap<>();
        for (DailyStats.Sum sum : stats.sums(from, to, null, null, null, DailyStats.Grouping.AGENCY)) {
            int index = index(sum.metric());
            if (index >= 0) {
                counts.computeIfAbsent(sum.group(), k -> new long[3])[index] += sum.value().longValue();
            }
        }
        Map<String, Resolved> resolved = new HashMap<>();
        counts.forEach((agency, c) -> resolved.put(agency, new Resolved(c[0], c[1], c[2])));
        return resolved;
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

}
