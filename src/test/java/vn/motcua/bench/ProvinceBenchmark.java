package vn.motcua.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.MotcuaApplication;
import vn.motcua.measurement.DailyStats;
import vn.motcua.measurement.Metric;

/**
 * The province view on a province's worth of data (README: 'Benchmarks'): 100 agencies in the register, each with
 * its QMS staff, a year of resolved dossiers (default 3,000,000, ten procedures and five departments per agency) with
 * the daily counters the recorder keeps, and 100,000 open dossiers (10,000 overdue). Rows are written with JDBC; the
 * read is the real HTTP endpoint, as the provincial leader calls it. {@code ./mvnw -q -Pbench verify
 * -Dbench.only=Province [-Dbench.db=postgres] [-Dbench.provinceDossiers=N]}; last line
 * {@code BENCH province_ms=<median> agencies=<n> dossiers=<n>}.
 */
class ProvinceBenchmark {

    private static final int DOSSIERS = Integer.getInteger("bench.provinceDossiers", 3_000_000);
    private static final int AGENCIES = 100;
    private static final int PROCEDURES_PER_AGENCY = 10;
    private static final int DEPARTMENTS_PER_AGENCY = 5;
    private static final int OPEN = 100_000;
    private static final int OVERDUE = 10_000;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Path DIR = Path.of("target", "bench");
    private static final boolean POSTGRES = "postgres".equals(System.getProperty("bench.db", "h2"));
    private static final String PG_SERVER = System.getProperty("bench.pgServer", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String PG_USER = System.getProperty("bench.pgUser", "postgres");
    private static final String[] METRICS = {"RECEIVED", "RECEIVED_IN_PERSON", "RECEIVED_ONLINE", "CLOSED", "RESOLVED_EARLY",
            "RESOLVED_ON_TIME", "RESOLVED_LATE", "PROCESSING_DAYS", "STATUTORY_DAYS", "STEPS_EARLY", "STEPS_ON_TIME", "STEPS_LATE"};

    @Test
    void provinceViewLatency() throws Exception {
        Files.createDirectories(DIR);
        Path database = DIR.resolve("province");
        // -Dbench.reuse=true (with -Dbench.keep=true before): the data of the last run, not seeded again
        boolean reuse = Boolean.getBoolean("bench.reuse");
        if (!reuse) {
            Files.deleteIfExists(database.resolve("motcua.mv.db"));
        }
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--app.data-dir=" + database.toAbsolutePath(),
                "--logging.level.root=WARN", "--logging.level.vn.motcua=WARN",
                "--camunda.bpm.process-engine-name=province", "--camunda.bpm.job-execution.enabled=false"));
        if (POSTGRES) {
            args.add("--spring.datasource.url=" + (reuse ? PG_SERVER + "motcua_bench_province" : freshPostgresDatabase("motcua_bench_province")));
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MotcuaApplication.class)
                .profiles(POSTGRES ? new String[] {"demo", "postgres"} : new String[] {"demo"})
                .run(args.toArray(String[]::new))) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            if (!reuse || jdbc.queryForObject("select count(*) from motcua_qms_agency where agency_code = ?", Long.class, agency(0)) == 0) {
                seed(jdbc, database);
            }

            LocalDate on = LocalDate.now(VN);
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            String url = base + "/api/province/agencies?on=" + on;
            BenchHttp http = new BenchHttp("vinhnq");
            JsonNode view = new ObjectMapper().readTree(http.get(url));
            long resolved = 0;
            long overdue = 0;
            for (JsonNode agency : view.get("agencies")) {
                resolved += agency.get("resolvedYear").asLong();
                overdue += agency.get("overdueNow").asLong();
            }
            // the demo's own organisation (departments, communes) is listed beside the benchmark's agencies
            if (view.get("agencies").size() < AGENCIES || resolved == 0 || overdue != OVERDUE) {
                throw new AssertionError("wrong view: " + view.get("agencies").size() + " agencies, " + resolved + " resolved, "
                        + overdue + " overdue");
            }
            // the provincial leader reads every agency's figures (a manager reads only their own agency's)
            check(jdbc, view, new ObjectMapper().readTree(new BenchHttp("vinhnq").get(base + "/api/reports/on-time?from="
                    + on.withDayOfYear(1) + "&to=" + on + "&agency=" + agency(7))), on);
            String loadTimed = load();
            double millis = http.median(url, () -> touch(jdbc));
            // where the time goes: this month's counters, the trend's eleven whole months (which hold the year's), the open
            // dossiers; the whole view without HTTP (the rest of it: the records behind the QMS checks)
            DailyStats stats = app.getBean(DailyStats.class);
            java.time.YearMonth thisMonth = java.time.YearMonth.from(on);
            System.out.printf(Locale.ROOT, "view parts: month_ms=%.1f trend_ms=%.1f open_ms=%.1f whole_view_ms=%.1f%n",
                    part(jdbc, () -> stats.sums(on.withDayOfMonth(1), on, null, null, null, DailyStats.Grouping.AGENCY)),
                    part(jdbc, () -> stats.monthsByAgency(thisMonth.minusMonths(11), thisMonth.minusMonths(1), Metric.RESOLVED_EARLY,
                            Metric.RESOLVED_ON_TIME, Metric.RESOLVED_LATE)),
                    part(jdbc, () -> app.getBean(vn.motcua.measurement.OnTimeReport.class).openByAgency()),
                    part(jdbc, () -> app.getBean(vn.motcua.province.ProvinceView.class).view(on)));
            System.out.printf(Locale.ROOT, "BENCH province_ms=%.1f agencies=%d dossiers=%d db=%s load=%s->%s%n", millis,
                    view.get("agencies").size(), DOSSIERS, POSTGRES ? "postgres" : "h2", loadTimed, load());
        } finally {
            // gigabytes at a province's size: kept only when asked (-Dbench.keep=true)
            if (!Boolean.getBoolean("bench.keep")) {
                Files.deleteIfExists(database.resolve("motcua.mv.db"));
                if (POSTGRES) {
                    dropPostgresDatabase("motcua_bench_province");
                }
            }
        }
    }

    /**
     * Everything in a few large statements generated by the database (INSERT ... SELECT over a series), each its own
     * transaction: on H2 with a larger cache while it lasts (a small cache spills a large statement's pages again and
     * again: the file grew by gigabytes), set back before anything is timed.
     */
    private static void seed(JdbcTemplate jdbc, Path database) throws java.io.IOException {
        long began = System.nanoTime();
        String loadBefore = load();
        String cacheSize = null;
        if (!POSTGRES) {
            // in MB; SET CACHE_SIZE takes KB
            cacheSize = String.valueOf(1024 * Long.parseLong(jdbc.queryForObject(
                    "select setting_value from information_schema.settings where setting_name = 'info.CACHE_MAX_SIZE'", String.class)));
            jdbc.execute("set cache_size 1048576");
            // the generated dossiers' derived tables kept in memory, not spilled to temporary files row by row (left so:
            // the view's own results are a few thousand rows)
            jdbc.execute("set max_memory_rows 4000000");
        }
        stepStart = System.nanoTime();
        seedRegister(jdbc);
        seedResolved(jdbc, database);
        seedOpen(jdbc);
        step("open", database);
        int rollUps = rollUps(jdbc);
        step("roll-ups", database);
        if (POSTGRES) {
            jdbc.execute("vacuum analyze");
        } else {
            jdbc.execute("set cache_size " + cacheSize);
            jdbc.execute("checkpoint");
        }
        System.out.printf(Locale.ROOT, "seeded %d agencies, %d resolved and %d open dossiers, %d daily counters, %d monthly "
                        + "roll-ups in %.0f s (load %s -> %s), database %s%n", AGENCIES, DOSSIERS, OPEN,
                jdbc.queryForObject("select count(*) from motcua_daily_stat", Long.class), rollUps, (System.nanoTime() - began) / 1e9,
                loadBefore, load(), size(jdbc, database));
    }

    /**
     * The monthly roll-ups of the daily counters, as {@link DailyStats#rebuildMonthly} derives them (the same grouping
     * of each breakdown), one month and breakdown per statement instead of one transaction for all.
     */
    private static int rollUps(JdbcTemplate jdbc) {
        LocalDate first = jdbc.queryForObject("select min(stat_day) from motcua_daily_stat", LocalDate.class).withDayOfMonth(1);
        LocalDate last = jdbc.queryForObject("select max(stat_day) from motcua_daily_stat", LocalDate.class);
        int written = 0;
        for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            for (String breakdown : List.of("DEPARTMENT", "PROCEDURE", "FULL")) {
                String department = breakdown.equals("PROCEDURE") ? "'*'" : "department";
                String procedure = breakdown.equals("DEPARTMENT") ? "'*'" : "procedure_code";
                written += jdbc.update("insert into motcua_monthly_stat (breakdown, stat_month, agency_code, department, procedure_code, "
                        + "metric, stat_value) select '" + breakdown + "', " + day(month) + ", agency_code, " + department + ", " + procedure
                        + ", metric, sum(stat_value) from motcua_daily_stat where stat_day between " + day(month) + " and "
                        + day(month.plusMonths(1).minusDays(1)) + " group by agency_code, " + (breakdown.equals("PROCEDURE") ? "" : "department, ")
                        + (breakdown.equals("DEPARTMENT") ? "" : "procedure_code, ") + "metric");
            }
        }
        return written;
    }

    private static String agency(int i) {
        return String.format(Locale.ROOT, "000.%02d.%02d.H42", i / 100, i % 100);
    }

    private static void seedRegister(JdbcTemplate jdbc) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < AGENCIES; i++) {
            jdbc.update("""
                            insert into motcua_qms_agency (agency_code, agency_name, obligation, qms_scope, standard, announced_on,
                            updated_by, updated_at) values (?, ?, ?, 'Các thủ tục hành chính', 'TCVN ISO 9001:2015', ?, 'bench', ?)""",
                    agency(i), "Cơ quan mẫu " + (i + 1), i % 3 == 0 ? "VOLUNTARY" : "MANDATORY",
                    i % 10 == 0 ? null : Date.valueOf("2024-05-01"), now);
            for (int s = 0; s < 2; s++) {
                jdbc.update("""
                                insert into motcua_qms_staff (agency_code, full_name, qms_role, assigned_on, updated_by, updated_at)
                                values (?, ?, ?, ?, 'bench', ?)""",
                        agency(i), "Cán bộ " + (i * 2 + s), s == 0 ? "ISO_SECRETARY" : "INTERNAL_AUDITOR", Date.valueOf("2024-01-01"), now);
            }
        }
    }

    /** Dossiers per INSERT ... SELECT: a few large transactions, not one per row. */
    private static final long CHUNK = 100_000;

    /** The rows x = lo..hi of a generated series, in the database's own syntax. */
    private static String series(long lo, long hi) {
        return POSTGRES ? "generate_series(cast(" + lo + " as bigint), " + hi + ") as series(x)"
                : "system_range(cast(" + lo + " as bigint), " + hi + ")";
    }

    private static String day(LocalDate day) {
        return "date '" + day + "'";
    }

    private static String moment(Instant instant) {
        return "timestamp with time zone '" + instant.toString().replace('T', ' ').replace("Z", "+00") + "'";
    }

    /** The agency, department and procedure columns of the agency numbered a and its procedure p (SQL). */
    private static final String AGENCY_SQL = "'000.00.' || lpad(cast(a as varchar), 2, '0') || '.H42'";
    private static final String DEPARTMENT_SQL = "'dept-' || cast(a as varchar) || '-' || cast(mod(p, " + DEPARTMENTS_PER_AGENCY + ") as varchar)";
    private static final String PROCEDURE_SQL = "'MAU-' || cast(a as varchar) || '-' || cast(p as varchar)";

    /**
     * Resolved dossier number x (1..DOSSIERS), drawn in SQL from two multiplicative hashes of x, so every statement
     * below sees the same dossiers: agency a (0..99), procedure p (0..9, handled by department p mod 5, statutory days
     * 5 + p), received rd days after the first day, resolved ro (1..7) days later, timeliness t (0 early 80 %, 1 on
     * time 18 %, 2 late 2 %), channel (online = 1), working days taken in tenths (pt: early under the statutory days,
     * on time on them, late up to 3 days over).
     */
    private static String resolvedShape(long lo, long hi, int span) {
        return "select x, a, p, rd, ro, t, online, 5 + p as st, case t when 0 then 1 + mod(r, (4 + p) * 10) when 1 then (5 + p) * 10 "
                + "else (5 + p) * 10 + 1 + mod(r, 30) end as pt from (select x, mod(h, " + AGENCIES + ") as a, mod(h / 100, "
                + PROCEDURES_PER_AGENCY + ") as p, mod(h / 1000, " + span + ") as rd, 1 + mod(g, 7) as ro, case when mod(g / 7, 100) < 80 "
                + "then 0 when mod(g / 7, 100) < 98 then 1 else 2 end as t, mod(g / 700, 2) as online, g / 1400 as r from (select x, "
                + "mod(x * 2654435761, 4294967291) as h, mod(x * 1597334677 + 12345, 4294967279) as g from " + series(lo, hi)
                + ") hashed) drawn";
    }

    /**
     * A year of resolved dossiers up to ten days ago, spread over the agencies, and what the recorder writes for them:
     * on the day received RECEIVED and the channel's; on the day resolved CLOSED, the timeliness's, the working and
     * statutory days, Decision 766's days and verdict (no supplements: the same days), and three steps of the dossier's
     * timeliness. The counters are summed from the same generated dossiers, so they and the rows agree.
     */
    private static void seedResolved(JdbcTemplate jdbc, Path database) {
        LocalDate first = LocalDate.now(VN).minusYears(1).withDayOfMonth(1);
        int span = (int) (LocalDate.now(VN).minusDays(10).toEpochDay() - first.toEpochDay());
        Instant received = first.atTime(9, 0).atZone(VN).toInstant();
        Instant resolved = first.atTime(10, 0).atZone(VN).toInstant();
        for (long lo = 1; lo <= DOSSIERS; lo += CHUNK) {
            long hi = Math.min(DOSSIERS, lo + CHUNK - 1);
            jdbc.update("insert into motcua_dossier (code, agency_code, procedure_code, procedure_name, department, "
                    + "statutory_working_days, channel, status, outcome, received_at, submitted_at, due_at, result_at, closed_at, "
                    + "timeliness, processing_days, decision766_days, decision766_late, process_instance_id, process_definition_id, "
                    + "process_definition_key, process_definition_version, applicant_name, applicant_id_number) select "
                    + AGENCY_SQL + " || '-B' || cast(x as varchar), " + AGENCY_SQL + ", " + PROCEDURE_SQL
                    + ", 'Thủ tục mẫu ' || cast(p as varchar), " + DEPARTMENT_SQL + ", st, case online when 1 then 'ONLINE' else "
                    + "'IN_PERSON' end, 'CLOSED', 'RESOLVED', " + moment(received) + " + interval '1' day * rd, " + moment(received)
                    + " + interval '1' day * rd, " + moment(received) + " + interval '1' day * (rd + st), " + moment(resolved)
                    + " + interval '1' day * (rd + ro), " + moment(resolved) + " + interval '1' day * (rd + ro), case t when 0 then "
                    + "'EARLY' when 1 then 'ON_TIME' else 'LATE' end, cast(pt as decimal(8, 2)) / 10, cast(pt as decimal(8, 2)) / 10, "
                    + "t = 2, 'pi-B' || cast(x as varchar), 'bench', 'bench', 1, 'Nguyễn Văn A', '001200000000' from ("
                    + resolvedShape(lo, hi, span) + ") dossiers");
            step("dossiers to " + hi, database);
        }
        jdbc.execute("create table bench_received as select rd as dd, a, p, count(*) as n, sum(online) as online_n from ("
                + resolvedShape(1, DOSSIERS, span) + ") dossiers group by rd, a, p");
        jdbc.execute("create table bench_resolved as select rd + ro as dd, a, p, count(*) as n, sum(case t when 0 then 1 else 0 end) "
                + "as early_n, sum(case t when 1 then 1 else 0 end) as on_time_n, sum(case t when 2 then 1 else 0 end) as late_n, "
                + "sum(pt) as pt, sum(st) as st from (" + resolvedShape(1, DOSSIERS, span) + ") dossiers group by rd + ro, a, p");
        step("sums", database);
        counters(jdbc, first, "bench_received", Map.of("RECEIVED", "n", "RECEIVED_ONLINE", "online_n", "RECEIVED_IN_PERSON", "n - online_n"));
        counters(jdbc, first, "bench_resolved", Map.ofEntries(Map.entry("CLOSED", "n"), Map.entry("RESOLVED_EARLY", "early_n"),
                Map.entry("RESOLVED_ON_TIME", "on_time_n"), Map.entry("RESOLVED_LATE", "late_n"),
                Map.entry("PROCESSING_DAYS", "cast(pt as decimal(14, 2)) / 10"), Map.entry("STATUTORY_DAYS", "st"),
                Map.entry("DECISION766_DAYS", "cast(pt as decimal(14, 2)) / 10"), Map.entry("DECISION766_ON_TIME", "early_n + on_time_n"),
                Map.entry("DECISION766_LATE", "late_n"), Map.entry("STEPS_EARLY", "3 * early_n"), Map.entry("STEPS_ON_TIME", "3 * on_time_n"),
                Map.entry("STEPS_LATE", "3 * late_n")));
        step("counters", database);
        jdbc.execute("drop table bench_received");
        jdbc.execute("drop table bench_resolved");
    }

    /** One daily counter per day, agency and procedure of a summed table for each metric, where the sum is not zero. */
    private static void counters(JdbcTemplate jdbc, LocalDate first, String table, Map<String, String> metrics) {
        int days = jdbc.queryForObject("select max(dd) from " + table, Integer.class);
        metrics.forEach((metric, value) -> {
            for (int from = 0; from <= days; from += 61) {
                jdbc.update("insert into motcua_daily_stat (stat_day, agency_code, department, procedure_code, metric, stat_value) select "
                        + day(first) + " + cast(dd as int), " + AGENCY_SQL + ", " + DEPARTMENT_SQL + ", " + PROCEDURE_SQL + ", '" + metric
                        + "', " + value + " from " + table + " where dd between " + from + " and " + (from + 60) + " and " + value + " > 0");
            }
        });
    }

    /**
     * Open dossiers spread over the agencies, received in person five days ago (their RECEIVED counters with them): the
     * first OVERDUE past their due moment (1 to 200 hours), the rest due in 20 to 39 days.
     */
    private static void seedOpen(JdbcTemplate jdbc) {
        LocalDate receivedOn = LocalDate.now(VN).minusDays(5);
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String shape = "select x, mod(x, " + AGENCIES + ") as a, mod(x / " + AGENCIES + ", " + PROCEDURES_PER_AGENCY + ") as p from "
                + series(1, OPEN);
        jdbc.update("insert into motcua_dossier (code, agency_code, procedure_code, procedure_name, department, "
                + "statutory_working_days, channel, status, received_at, submitted_at, due_at, process_instance_id, "
                + "process_definition_id, process_definition_key, process_definition_version, applicant_name, applicant_id_number) "
                + "select " + AGENCY_SQL + " || '-O' || cast(x as varchar), " + AGENCY_SQL + ", " + PROCEDURE_SQL + ", 'Thủ tục mẫu', "
                + DEPARTMENT_SQL + ", 10, 'IN_PERSON', 'IN_PROGRESS', " + moment(receivedOn.atTime(9, 0).atZone(VN).toInstant()) + ", "
                + moment(receivedOn.atTime(9, 0).atZone(VN).toInstant()) + ", case when x <= " + OVERDUE + " then " + moment(now)
                + " - interval '1' hour * (1 + mod(x, 200)) else " + moment(now) + " + interval '1' day * (20 + mod(x, 20)) end, "
                + "'pi-O' || cast(x as varchar), 'bench', 'bench', 1, 'Nguyễn Văn A', '001200000000' from (" + shape + ") dossiers");
        jdbc.execute("create table bench_open as select 0 as dd, a, p, count(*) as n from (" + shape + ") dossiers group by a, p");
        counters(jdbc, receivedOn, "bench_open", Map.of("RECEIVED", "n", "RECEIVED_IN_PERSON", "n"));
        jdbc.execute("drop table bench_open");
    }

    /**
     * One agency's figures three ways: the view's, the report API's for the same period, and counted from the dossier
     * rows themselves (resolved this year by timeliness, overdue now), so the counters are what the recorder would have
     * written for the rows.
     */
    private static void check(JdbcTemplate jdbc, JsonNode view, JsonNode report, LocalDate on) {
        String code = agency(7);
        JsonNode row = null;
        for (JsonNode agency : view.get("agencies")) {
            if (code.equals(agency.get("agencyCode").asText())) {
                row = agency;
            }
        }
        JsonNode total = report.get(report.size() - 1);
        Map<String, Long> rows = new HashMap<>();
        jdbc.query("select timeliness, count(*) as n from motcua_dossier where agency_code = ? and status = 'CLOSED' and closed_at >= ? "
                        + "and closed_at < ? group by timeliness", rs -> {
                    rows.put(rs.getString("timeliness"), rs.getLong("n"));
                }, code, Timestamp.from(on.withDayOfYear(1).atStartOfDay(VN).toInstant()),
                Timestamp.from(on.plusDays(1).atStartOfDay(VN).toInstant()));
        long counted = rows.values().stream().mapToLong(Long::longValue).sum();
        long onTimeCounted = rows.getOrDefault("EARLY", 0L) + rows.getOrDefault("ON_TIME", 0L);
        long overdueCounted = jdbc.queryForObject("select count(*) from motcua_dossier where agency_code = ? and status = 'IN_PROGRESS' "
                + "and due_at < ?", Long.class, code, Timestamp.from(Instant.now()));
        long reported = total.get("resolvedEarly").asLong() + total.get("resolvedOnTime").asLong() + total.get("resolvedLate").asLong();
        System.out.printf(Locale.ROOT, "check %s this year: view resolved=%d on_time_rate=%s overdue=%d; report resolved=%d on_time_rate=%s "
                        + "overdue=%s; rows resolved=%d on_time=%d overdue=%d%n", code, row.get("resolvedYear").asLong(),
                row.get("onTimeRateYear").asText(), row.get("overdueNow").asLong(), reported, total.get("onTimeRate").asText(),
                total.get("inProgressOverdue").asText(), counted, onTimeCounted, overdueCounted);
        if (row.get("resolvedYear").asLong() != counted || reported != counted
                || new BigDecimal(row.get("onTimeRateYear").asText()).compareTo(new BigDecimal(total.get("onTimeRate").asText())) != 0
                || BigDecimal.valueOf(onTimeCounted).divide(BigDecimal.valueOf(counted), 4, java.math.RoundingMode.HALF_UP)
                        .compareTo(new BigDecimal(total.get("onTimeRate").asText())) != 0
                || row.get("overdueNow").asLong() != overdueCounted || total.get("inProgressOverdue").asLong() != overdueCounted) {
            throw new AssertionError("the view, the report and the dossier rows disagree for " + code);
        }
    }

    private static long stepStart = System.nanoTime();

    private static void step(String what, Path database) {
        try {
            System.out.printf(Locale.ROOT, "  %s: %.1f s, %s%n", what, (System.nanoTime() - stepStart) / 1e9,
                    POSTGRES ? "" : Files.size(database.resolve("motcua.mv.db")) / 1_000_000 + " MB");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        stepStart = System.nanoTime();
    }

    /** The load averages of 1 and 5 minutes (the machine is shared). */
    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + "/" + parts[1];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String size(JdbcTemplate jdbc, Path database) throws java.io.IOException {
        long bytes = POSTGRES ? jdbc.queryForObject("select pg_database_size(current_database())", Long.class)
                : Files.size(database.resolve("motcua.mv.db"));
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }

    /** A daily counter, its monthly roll-ups and a dossier change (untimed), as on a live day, so no answer comes from H2's result cache. */
    private static void touch(JdbcTemplate jdbc) {
        jdbc.update("update motcua_daily_stat set stat_value = stat_value + 0 where agency_code = ? and stat_day = "
                + "(select max(stat_day) from motcua_daily_stat)", agency(1));
        jdbc.update("update motcua_monthly_stat set stat_value = stat_value + 0 where agency_code = ? and stat_month = "
                + "(select max(stat_month) from motcua_monthly_stat)", agency(1));
        jdbc.update("update motcua_dossier set clerk = clerk where code = ?", agency(1) + "-O1");
    }

    /** Median of five runs of one part of the view, each after a change (untimed). */
    private static double part(JdbcTemplate jdbc, Runnable part) {
        double[] millis = new double[5];
        for (int i = 0; i < millis.length; i++) {
            touch(jdbc);
            long start = System.nanoTime();
            part.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[2];
    }



    private static void dropPostgresDatabase(String name) {
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, "");
             java.sql.Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot drop database " + name + " on " + PG_SERVER, e);
        }
    }

    private static String freshPostgresDatabase(String name) {
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, "");
             java.sql.Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot prepare database " + name + " on " + PG_SERVER, e);
        }
        return PG_SERVER + name;
    }
}
